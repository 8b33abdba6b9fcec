import { describe, expect, it } from 'vitest';
import { sourceByAddress } from './annotation-source';

const sources = [
  { id: 'a', text: 'x', url: 'https://www.example.org/news/a/' },
  { id: 'b', text: 'y', archivedUrl: 'https://web.archive.org/web/20200123/https://example.net/b' },
  { id: 'c', text: 'z' },
];

describe('sourceByAddress', () => {
  it.each([
    ['its url, whatever the scheme, www. or fragment', 'http://example.org/news/a#para-3', 'a'],
    ['its archived copy', 'https://web.archive.org/web/20200123/https://example.net/b', 'b'],
    ['the page its archived copy holds', 'https://example.net/b', 'b'],
    ['a Riwaya source page of its id', '../sources/c', 'c'],
  ])('finds a source by %s', (_, address, id) => {
    expect(sourceByAddress(sources, [address])?.id).toBe(id);
  });

  it('finds none for a page the draft does not hold', () => {
    expect(sourceByAddress(sources, ['https://example.org/news/other'])).toBeUndefined();
  });
});
