import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json-file';

function problemsOf(text: string) {
  return parseJsonText(text).problems;
}

describe('parseJsonText', () => {
  it('parses a file that starts with a UTF-8 byte order mark', () => {
    const result = parseJsonText('\uFEFF{"id": "x"}');
    expect(result).toEqual({ ok: true, value: { id: 'x' }, problems: [] });
  });

  it('reports invalid JSON with line and column', () => {
    expect(problemsOf('{\n  "id": "x"\n  "title": 1\n}')).toEqual([
      {
        path: '$',
        message: "invalid JSON at line 3, column 3: expected ',' or '}' after a property value",
      },
    ]);
  });

  it.each([
    ['', 'invalid JSON at line 1, column 1: the file is empty'],
    [
      '{"a": 1,}',
      "invalid JSON at line 1, column 9: a trailing comma before '}' is not allowed in JSON",
    ],
    [
      '[1, 2,\n]',
      "invalid JSON at line 2, column 1: a trailing comma before ']' is not allowed in JSON",
    ],
    ['{"a": NaN}', 'invalid JSON at line 1, column 7: unexpected character "N"'],
    ["{'a': 1}", 'invalid JSON at line 1, column 2: expected a property name in double quotes'],
    ['{"a" 1}', "invalid JSON at line 1, column 6: expected ':' after a property name"],
    ['{"a": "b', 'invalid JSON at line 1, column 7: unterminated string'],
    ['{"a": "\\x"}', 'invalid JSON at line 1, column 8: invalid escape "\\x" in a string'],
    [
      '{"a": "\n"}',
      'invalid JSON at line 1, column 8: unescaped control character (such as a line break) in a string',
    ],
    [
      '[1] [2]',
      'invalid JSON at line 1, column 5: unexpected text after the end of the JSON value',
    ],
    ['[[[', 'invalid JSON at line 1, column 4: unexpected end of the file'],
  ])('explains %j', (text, message) => {
    expect(problemsOf(text)).toEqual([{ path: '$', message }]);
  });

  it('removes and reports keys that could reach a prototype, without polluting it', () => {
    const result = parseJsonText(
      '{"__proto__": {"polluted": true}, "a": [{"constructor": {"prototype": {"polluted": true}}}]}',
    );
    expect(result).toEqual({
      ok: true,
      value: { a: [{}] },
      problems: [
        { path: '$.__proto__', message: 'the key "__proto__" is not allowed' },
        { path: '$.a[0].constructor', message: 'the key "constructor" is not allowed' },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('finds those keys however they are escaped, and lets a file without them through untouched', () => {
    const result = parseJsonText('{"a": {"\\u005f_proto__": 1, "c\\u006fnstructor": 2, "b": 3}}');
    expect(result).toEqual({
      ok: true,
      value: { a: { b: 3 } },
      problems: [
        { path: '$.a.__proto__', message: 'the key "__proto__" is not allowed' },
        { path: '$.a.constructor', message: 'the key "constructor" is not allowed' },
      ],
    });
    expect(parseJsonText('{"a": [{"b": "prot\\"o"}]}')).toEqual({
      ok: true,
      value: { a: [{ b: 'prot"o' }] },
      problems: [],
    });
  });

  it('survives very deep nesting, valid or not', () => {
    const depth = 200_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonText(deep).ok).toBe(true);
    const broken = parseJsonText('['.repeat(depth));
    expect(broken.ok).toBe(false);
  });

  it('keeps lone surrogates and huge strings as data', () => {
    const result = parseJsonText(`{"a": "\\ud800", "b": "${'x'.repeat(1_000_000)}"}`);
    expect(result.ok).toBe(true);
  });
});
