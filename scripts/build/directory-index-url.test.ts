import { directoryIndexUrl } from './directory-index-url';

const files = new Set(['events/e1/index.html', 'sources/s1/index.html']);
const exists = (path: string) => files.has(path);

describe('directoryIndexUrl', () => {
  it("serves a page's folder index.html, keeping the query and hash", () => {
    expect(directoryIndexUrl('/events/e1', '/', exists)).toBe('/events/e1/index.html');
    expect(directoryIndexUrl('/events/e1?lang=ar', '/', exists)).toBe(
      '/events/e1/index.html?lang=ar',
    );
    expect(directoryIndexUrl('/sources/s1#claim', '/', exists)).toBe(
      '/sources/s1/index.html#claim',
    );
  });

  it('works under BASE_PATH and ignores paths outside it', () => {
    expect(directoryIndexUrl('/riwaya/events/e1', '/riwaya/', exists)).toBe(
      '/riwaya/events/e1/index.html',
    );
    expect(directoryIndexUrl('/events/e1', '/riwaya/', exists)).toBeUndefined();
  });

  it('leaves unknown pages to the SPA fallback and files to the static server', () => {
    expect(directoryIndexUrl('/events/missing', '/', exists)).toBeUndefined();
    expect(directoryIndexUrl('/assets/index.js', '/', exists)).toBeUndefined();
    expect(directoryIndexUrl('/events/e1/', '/', exists)).toBeUndefined();
  });

  it('refuses traversal and malformed escapes', () => {
    const anything = () => true;
    expect(directoryIndexUrl('/events/%2e%2e/%2e%2e/etc', '/', anything)).toBeUndefined();
    expect(directoryIndexUrl('/events/%E0%A4%A', '/', anything)).toBeUndefined();
    expect(directoryIndexUrl('/events/..%5C..', '/', anything)).toBeUndefined();
  });
});
