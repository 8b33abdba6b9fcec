import { paths } from '@/config/paths';
import { printUrlOf } from './print-url';

describe('printUrlOf', () => {
  it('gives the address a URL resolver would, under the app root', () => {
    for (const root of ['https://riwaya.example/', 'https://example.org/riwaya/']) {
      const href = paths.source.getHref('sana ar/2015#4', 'claim 1');
      expect(printUrlOf(href, root)).toBe(new URL(href.replace(/^\//, ''), root).href);
    }
  });
});
