import { paths } from '@/config/paths';
import { printUrlOf, sourcePrintUrl } from './print-url';

describe('printUrlOf', () => {
  it('gives the address a URL resolver would, under the app root', () => {
    for (const root of ['https://riwaya.example/', 'https://example.org/riwaya/']) {
      const href = paths.source.getHref('sana ar/2015#4', 'claim 1');
      expect(printUrlOf(href, root)).toBe(new URL(href.replace(/^\//, ''), root).href);
    }
  });
});

describe('sourcePrintUrl', () => {
  const root = 'https://example.org/riwaya/';

  it('points at the quote in its source', () => {
    expect(sourcePrintUrl('sana ar', 'claim 1', undefined, root)).toBe(
      'https://example.org/riwaya/sources/sana%20ar#claim%201',
    );
  });

  it('names an imported corpus, without which the address would open the bundled one', () => {
    const url = new URL(sourcePrintUrl('sana', 'c1', 'my corpus', root));
    expect(url.pathname).toBe('/riwaya/sources/sana');
    expect(url.searchParams.get('corpus')).toBe('my corpus');
    expect(url.hash).toBe('#c1');
  });
});
