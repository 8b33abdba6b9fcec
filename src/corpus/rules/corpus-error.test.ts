import { describe, expect, it } from 'vitest';
import { formatCorpusError, printable } from './corpus-error';

describe('printable', () => {
  it('escapes terminal controls, so a value cannot clear the screen or set the title', () => {
    expect(printable('a\u001b[2J\u001b]0;owned\u0007b')).toBe('a\\u001b[2J\\u001b]0;owned\\u0007b');
  });

  it('escapes line breaks of every kind, so a file name cannot forge a problem line', () => {
    expect(printable('x.json\ndata/y.json: $: fake\r\u2028\u0085')).toBe(
      'x.json\\ndata/y.json: $: fake\\r\\u2028\\u0085',
    );
  });

  it('escapes bidi overrides and isolates, which reorder what a terminal shows', () => {
    expect(printable('\u202eabc\u2066d\u2069')).toBe('\\u202eabc\\u2066d\\u2069');
  });

  it('leaves Arabic, marks and ordinary punctuation as they are', () => {
    const text = 'المرصد السوري: «إسقاط» — 40 قتيلاً، L-39';
    expect(printable(text)).toBe(text);
  });
});

describe('formatCorpusError', () => {
  it('makes one line of each problem, whatever its file, path and message hold', () => {
    const line = formatCorpusError({
      file: 'sources/evil\n.json',
      path: '$.title',
      message: 'unexpected "\u001b[31mred"',
    });
    expect(line).toBe('sources/evil\\n.json: $.title: unexpected "\\u001b[31mred"');
    expect(line.split('\n')).toHaveLength(1);
  });
});
