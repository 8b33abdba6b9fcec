import type { PrerenderedPage } from '@/config/prerendered-page';
import { landingAddress, readPrerenderedPage } from './language-landing';

const at = (href: string) => {
  const url = new URL(href, 'https://x.test');
  return { origin: url.origin, pathname: url.pathname, search: url.search, hash: url.hash };
};
const page = (path: string, notFound = false): PrerenderedPage => ({
  path,
  notFound,
  queries: { mutations: [], queries: [] },
  deferred: ['index.json'],
  revision: 'r1',
});
const options = { base: '/', preferred: 'en' as const, page: undefined };

describe('landingAddress', () => {
  it('moves an old ?lang=ar link to the Arabic page, and loads it when this one is English', () => {
    const landing = landingAddress(at('/events/x?lang=ar&actors=a#c'), {
      ...options,
      page: page('/events/x'),
    });
    expect(landing.language).toBe('ar');
    expect(landing.href).toBe('https://x.test/ar/events/x?actors=a#c');
    expect(landing.reload).toBe(true);
  });

  it('hydrates the page it is on when nothing in the address changes the view', () => {
    const landing = landingAddress(at('/ar/events/x'), { ...options, page: page('/ar/events/x') });
    expect(landing).toMatchObject({ language: 'ar', reload: false });
    expect(landing.sameView(page('/ar/events/x'))).toBe(true);
    expect(
      landingAddress(at('/ar/events/x?text=original'), options).sameView(page('/ar/events/x')),
    ).toBe(false);
    expect(landingAddress(at('/ar/events/x#claim-1'), options).sameView(page('/ar/events/x'))).toBe(
      false,
    );
  });

  it('follows the saved choice on a bare address, and never loops on a fallback page', () => {
    const saved = { ...options, preferred: 'ar' as const };
    expect(landingAddress(at('/timeline'), { ...saved, page: page('/timeline') })).toMatchObject({
      language: 'ar',
      href: 'https://x.test/ar/timeline',
      reload: true,
    });
    // A host answering an unknown address with the list's page or 404.html: render, don't reload.
    expect(landingAddress(at('/ar/nope'), { ...options, page: page('/') }).reload).toBe(false);
    expect(landingAddress(at('/ar/nope'), { ...options, page: page('/404', true) }).reload).toBe(
      false,
    );
    expect(landingAddress(at('/ar/nope'), options).sameView(page('/ar/404', true))).toBe(true);
    expect(landingAddress(at('/ar/nope'), options).sameView(page('/404', true))).toBe(false);
  });

  it('works under a base path', () => {
    const landing = landingAddress(at('/riwaya/sources/s?lang=ar'), {
      ...options,
      base: '/riwaya/',
    });
    expect(landing.href).toBe('https://x.test/riwaya/ar/sources/s');
  });
});

describe('readPrerenderedPage', () => {
  it('reads the state the build wrote, and nothing from a page without it or with junk', () => {
    document.body.innerHTML =
      '<script type="application/json" id="riwaya-prerendered">{"path":"/","notFound":false,"queries":{"queries":[],"mutations":[]},"deferred":["index.json"]}</script>';
    expect(readPrerenderedPage(document)).toMatchObject({ path: '/', revision: undefined });
    document.body.innerHTML =
      '<script type="application/json" id="riwaya-prerendered">{"path":"/","notFound":false,"queries":{"queries":[],"mutations":[]},"deferred":[],"revision":"0123abcd"}</script>';
    expect(readPrerenderedPage(document)?.revision).toBe('0123abcd');
    document.body.innerHTML =
      '<script type="application/json" id="riwaya-prerendered">{"path":"/","notFound":false,"queries":{"queries":[],"mutations":[]},"deferred":[],"revision":7}</script>';
    expect(readPrerenderedPage(document)).toBeUndefined();
    document.body.innerHTML = '<script type="application/json" id="riwaya-prerendered">{</script>';
    expect(readPrerenderedPage(document)).toBeUndefined();
    document.body.innerHTML = '';
    expect(readPrerenderedPage(document)).toBeUndefined();
  });
});
