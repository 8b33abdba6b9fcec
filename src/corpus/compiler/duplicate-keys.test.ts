import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './duplicate-keys';
import { parseJsonText } from './parse-json-file';

const pathsOf = (text: string) => findDuplicateKeys(text).map((found) => found.path);

describe('findDuplicateKeys', () => {
  it('names the second occurrence of a key by its JSON path', () => {
    const text = '{"claims":[{"id":"a"},{"id":"b","translation":"first","translation":"second"}]}';
    expect(pathsOf(text)).toEqual(['$.claims[1].translation']);
  });

  it('sees a key spelled with escapes as the parser does', () => {
    expect(pathsOf('{"quote":"x","\\u0071uote":"y"}')).toEqual(['$.quote']);
  });

  it('is not fooled by quotes, braces and commas inside strings', () => {
    const text = '{"a":"x\\",\\"a\\":{","b":["{","}",","],"c":{"a":1}}';
    expect(pathsOf(text)).toEqual([]);
  });

  it('allows the same key in different objects and at different depths', () => {
    expect(pathsOf('[{"id":1},{"id":2,"x":{"id":3}}]')).toEqual([]);
  });

  it('reports every repetition, nested ones included', () => {
    expect(pathsOf('{"a":{"b":1,"b":2},"a":3,"a":4}')).toEqual(['$.a.b', '$.a', '$.a']);
  });

  it('quotes keys that are not identifiers, as other problem paths do', () => {
    expect(findDuplicateKeys('{"x y":1,"x y":2}')).toEqual([{ path: '$["x y"]', key: 'x y' }]);
  });
});

describe('parseJsonText', () => {
  it('reports a duplicate key as a problem: the last value would silently win', () => {
    const parsed = parseJsonText('{"title":"reviewed","title":"built"}');
    expect(parsed.problems).toEqual([
      {
        path: '$.title',
        message:
          'duplicate key "title": a reader sees the first value, the build would use the last',
      },
    ]);
  });
});
