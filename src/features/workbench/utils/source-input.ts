import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';

/** Why a text cannot become a source; each is said at the field it came from. */
export type SourceInputProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'file-type'; name: string }
  | { kind: 'binary' }
  | { kind: 'encoding' };

export type SourceInput =
  | { ok: true; text: string; format: 'text' | 'html' | 'markdown' }
  | { ok: false; problem: SourceInputProblem };

const formats = new Map<string, 'text' | 'html' | 'markdown'>([
  ['txt', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/** The UTF-8 size of `text`, counted without encoding it (a 50 MB paste is not copied again). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** A pasted text: refused when empty or past the compiler's size bound for any corpus file. */
export function checkPastedText(text: string): SourceInput {
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  // Cheap first: only a text near the bound is measured exactly.
  if (text.length * 3 > MAX_CORPUS_FILE_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_CORPUS_FILE_BYTES) {
      return { ok: false, problem: { kind: 'too-large', bytes, limit: MAX_CORPUS_FILE_BYTES } };
    }
  }
  return { ok: true, text, format: looksLikeHtml(text) ? 'html' : 'text' };
}

/**
 * Pasted HTML (a page's source, or a piece of one copied from the developer tools) is sanitised
 * and reduced to text like an .html file: a text that opens with a document, or with an element
 * and closes one. Words pasted from a page arrive as plain text and stay as they are.
 */
function looksLikeHtml(text: string): boolean {
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return true;
  return /^\s*<[a-z][a-z0-9-]*[\s/>]/i.test(text) && /<\/[a-z][a-z0-9-]*\s*>/i.test(text);
}

/**
 * A dropped or chosen file: .txt, .md or .html only, within the size bound, not binary, and
 * valid UTF-8. The text is decoded exactly, a byte-order mark kept, so the stored text is the
 * file as received.
 */
export function checkSourceFile(name: string, bytes: Uint8Array): SourceInput {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const format = name.includes('.') ? formats.get(extension) : undefined;
  if (format === undefined) return { ok: false, problem: { kind: 'file-type', name } };
  if (bytes.length > MAX_CORPUS_FILE_BYTES) {
    return {
      ok: false,
      problem: { kind: 'too-large', bytes: bytes.length, limit: MAX_CORPUS_FILE_BYTES },
    };
  }
  // A NUL byte never occurs in text, in any encoding a news page uses; images and PDFs hold many.
  if (bytes.includes(0)) return { ok: false, problem: { kind: 'binary' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'encoding' } };
  }
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text, format };
}
