import { describe, expect, it } from 'vitest';
import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import { checkPastedText, checkSourceFile, utf8Length } from './source-input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkPastedText', () => {
  it('accepts an article as it was pasted, and refuses an empty paste', () => {
    expect(checkPastedText(' قال المصدر\r\n')).toEqual({
      ok: true,
      text: ' قال المصدر\r\n',
      format: 'text',
    });
    expect(checkPastedText(' \n ')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('refuses a 50 MB paste by the compiler’s own bound for a corpus file', () => {
    const huge = 'ن'.repeat(25 * 1024 * 1024);
    const result = checkPastedText(huge);
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: 50 * 1024 * 1024, limit: MAX_CORPUS_FILE_BYTES },
    });
  });

  it('treats a pasted piece of a page’s HTML as HTML, and words that merely hold a < as text', () => {
    const piece = '<div class="post"><p>قال المتحدث</p><script>alert(1)</script></div>';
    expect(checkPastedText(piece)).toMatchObject({ ok: true, format: 'html' });
    expect(checkPastedText('  <p>نص</p>')).toMatchObject({ format: 'html' });
    expect(checkPastedText('قتل <40 جنديا> in </ the text')).toMatchObject({ format: 'text' });
    expect(checkPastedText('<3 the opposition said')).toMatchObject({ format: 'text' });
  });

  it('treats a pasted page source as HTML', () => {
    expect(checkPastedText('<!DOCTYPE html><p>x</p>')).toMatchObject({ ok: true, format: 'html' });
  });
});

describe('checkSourceFile', () => {
  it('decodes a .txt, .md or .html file exactly, byte-order mark kept', () => {
    const text = '\uFEFFقال المصدر\r\n';
    expect(checkSourceFile('a.txt', bytes(text))).toEqual({ ok: true, text, format: 'text' });
    expect(checkSourceFile('a.MD', bytes('# x'))).toMatchObject({ ok: true, format: 'markdown' });
    expect(checkSourceFile('page.htm', bytes('<p>x</p>'))).toMatchObject({ format: 'html' });
  });

  it('refuses another type of file, a binary file and a wrongly encoded one', () => {
    expect(checkSourceFile('a.pdf', bytes('%PDF'))).toEqual({
      ok: false,
      problem: { kind: 'file-type', name: 'a.pdf' },
    });
    expect(checkSourceFile('README', bytes('x'))).toMatchObject({ ok: false });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(checkSourceFile('photo.txt', png)).toEqual({ ok: false, problem: { kind: 'binary' } });
    // Windows-1256 Arabic, as old Syrian sites served it: not UTF-8.
    const cp1256 = new Uint8Array([0xe3, 0xd5, 0xcf, 0xd1, 0x20, 0xda, 0xd3, 0xdf, 0xd1, 0xed]);
    expect(checkSourceFile('old.txt', cp1256)).toEqual({
      ok: false,
      problem: { kind: 'encoding' },
    });
  });

  it('refuses a file past the size bound without decoding it', () => {
    const big = new Uint8Array(MAX_CORPUS_FILE_BYTES + 1).fill(0x61);
    expect(checkSourceFile('big.txt', big)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large', bytes: MAX_CORPUS_FILE_BYTES + 1 },
    });
  });
});

describe('utf8Length', () => {
  it('counts bytes as UTF-8 writes them', () => {
    for (const text of ['abc', 'قال', '😀x', '']) expect(utf8Length(text)).toBe(bytes(text).length);
  });
});
