import { stringifySearchParams } from './search-string';

describe('stringifySearchParams', () => {
  it('writes lists comma-separated with readable commas', () => {
    expect(stringifySearchParams({ actors: ['russian-mod', 'sohr'], lang: 'ar' })).toBe(
      '?actors=russian-mod,sohr&lang=ar',
    );
  });

  it('drops undefined, empty strings and empty lists so defaults leave the URL', () => {
    expect(stringifySearchParams({ actors: [], q: '', text: undefined })).toBe('');
  });

  it('escapes what must be escaped in a value, Arabic included', () => {
    expect(stringifySearchParams({ q: 'لام 39 & <x>' })).toBe(
      `?q=${encodeURIComponent('لام 39 & <x>')}`,
    );
  });

  it('round-trips through URLSearchParams', () => {
    const written = stringifySearchParams({ q: 'a,b c', actors: ['x', 'y'] });
    const read = new URLSearchParams(written);
    expect(read.get('q')).toBe('a,b c');
    expect(read.get('actors')).toBe('x,y');
  });
});
