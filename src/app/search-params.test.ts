import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './search-params';

describe('parseSearch', () => {
  it('keeps values made of digits, and true and false, as the text they are', () => {
    expect(parseSearch('?q=40&corpus=2024&x=true&y=false&z=1e3')).toEqual({
      q: '40',
      corpus: '2024',
      x: 'true',
      y: 'false',
      z: '1e3',
    });
  });

  it('decodes escapes and plus signs as a form would', () => {
    expect(parseSearch('?q=%D8%A7%D8%B3%D9%82%D8%A7%D8%B7+40&actors=a,b')).toEqual({
      q: 'اسقاط 40',
      actors: 'a,b',
    });
  });

  it('keeps every value of a key given twice, in order', () => {
    expect(parseSearch('?place=a&place=b&place=c')).toEqual({ place: ['a', 'b', 'c'] });
  });

  it('treats a key named __proto__ as data, never as the prototype', () => {
    const parsed = parseSearch('?__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor']);
  });

  it('is empty for an empty search', () => {
    expect(parseSearch('')).toEqual({});
    expect(parseSearch('?')).toEqual({});
  });

  it('round-trips what the app writes', () => {
    const search = { q: '40', actors: ['russian-mod', 'sohr'], corpus: '2024' };
    expect(parseSearch(stringifySearch(search))).toEqual({
      q: '40',
      actors: 'russian-mod,sohr',
      corpus: '2024',
    });
  });
});
