import { OffsetMapBuilder, originalEndOf, originalStartOf, type OffsetMap } from './offset-map';

/**
 * Quotes are compared with their sources after Unicode NFC and whitespace
 * folding, yet their offsets must point into the text as received. So the
 * normalized text keeps, for every UTF-16 unit it holds, the span of the
 * original it came from.
 */
export interface NormalizedText {
  text: string;
  offsets: OffsetMap;
}

/** Unicode White_Space plus the BOM that sometimes lands mid-text. */
export function isFoldableSpace(code: number): boolean {
  // Most units are printable ASCII or letters before U+1680 (Latin, Arabic): answer those first.
  if ((code > 0x20 && code < 0x85) || (code > 0xa0 && code < 0x1680)) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const markPattern = /^[\p{M}\u1160-\u11ff]$/u;
const CONTINUES = 1;
const STABLE = 2;
const CHANGES = 3;
/** Per BMP code unit, filled lazily: continues a cluster, or starts one that NFC keeps or changes. */
const unitKind = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let kind = unitKind[code] ?? 0;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = markPattern.test(char) ? CONTINUES : char.normalize('NFC') === char ? STABLE : CHANGES;
    unitKind[code] = kind;
  }
  return kind;
}

/**
 * NFC only ever combines a base with the marks after it (and Hangul jamo), so
 * a base plus its marks can be normalized on its own and mapped as a block.
 */
function continuesCluster(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint > 0xffff) return markPattern.test(String.fromCodePoint(codePoint));
  return kindOf(codePoint) === CONTINUES;
}

function codePointLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/**
 * Whether a text is NFC, as `text.normalize('NFC') === text` says, without
 * copying it: a unit below U+0300, or one NFC keeps that never joins the unit
 * before it, cannot change. Anything else (surrogates included) asks NFC.
 */
function isNfc(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    if ((code >= 0xd800 && code <= 0xdfff) || kindOf(code) !== STABLE) {
      return text.normalize('NFC') === text;
    }
  }
  return true;
}

/** Pieces joined into one chunk at a time: a text of "letter, tab" repeated is millions of them. */
const PIECES_PER_CHUNK = 4096;

/**
 * The normalized text, built in chunks, and (when asked for) where each piece came from. A
 * flat list of every piece, or one string grown piece by piece, over a text of hundreds of
 * megabytes ran the compiler out of memory or stack; chunks of joined pieces do not.
 */
class Builder {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];

  constructor(
    private readonly original: string,
    private readonly offsets: OffsetMapBuilder | undefined,
  ) {}

  private add(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= PIECES_PER_CHUNK) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  push(piece: string, start: number, end: number): void {
    this.add(piece);
    this.offsets?.replaced(piece.length, start, end);
  }

  pushVerbatim(from: number, to: number): void {
    if (to <= from) return;
    this.add(this.original.slice(from, to));
    this.offsets?.verbatim(from, to);
  }

  text(): string {
    this.chunks.push(this.pieces.join(''));
    this.pieces = [];
    return this.chunks.join('');
  }
}

/** Most texts are NFC already: then only whitespace needs folding. A lone " " stays as it is. */
function foldSpaces(original: string, out: Builder): void {
  let plainFrom = 0;
  let i = 0;
  while (i < original.length) {
    if (!isFoldableSpace(original.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < original.length && isFoldableSpace(original.charCodeAt(end))) end += 1;
    if (end === i + 1 && original.charCodeAt(i) === 0x20) {
      i = end;
      continue;
    }
    out.pushVerbatim(plainFrom, i);
    out.push(' ', i, end);
    i = end;
    plainFrom = end;
  }
  out.pushVerbatim(plainFrom, original.length);
}

function foldAndCompose(original: string, out: Builder): void {
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (isFoldableSpace(code)) {
      let end = i + 1;
      while (end < original.length && isFoldableSpace(original.charCodeAt(end))) end += 1;
      out.push(' ', i, end);
      i = end;
      continue;
    }
    const first = original.codePointAt(i) ?? code;
    let end = i + codePointLength(first);
    for (;;) {
      const next = original.codePointAt(end);
      if (next === undefined || !continuesCluster(next)) break;
      end += codePointLength(next);
    }
    if (end === i + 1 && (code < 0x300 || kindOf(code) === STABLE)) out.pushVerbatim(i, end);
    else out.push(original.slice(i, end).normalize('NFC'), i, end);
    i = end;
  }
}

/** Whether folding leaves an NFC text as it is: no whitespace but lone spaces. */
function hasOnlyLoneSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 ? isFoldableSpace(text.charCodeAt(i + 1)) : isFoldableSpace(code)) {
      return false;
    }
  }
  return true;
}

function normalize(original: string, offsets: OffsetMapBuilder | undefined): string {
  const nfc = isNfc(original);
  if (nfc && hasOnlyLoneSpaces(original)) {
    offsets?.verbatim(0, original.length);
    return original;
  }
  const out = new Builder(original, offsets);
  if (nfc) foldSpaces(original, out);
  else foldAndCompose(original, out);
  return out.text();
}

export function normalizeText(original: string): NormalizedText {
  const offsets = new OffsetMapBuilder();
  const text = normalize(original, offsets);
  return { text, offsets: offsets.build() };
}

/** A quote as it is searched for: normalized the same way, ends trimmed. */
export function normalizeQuote(quote: string): string {
  const text = normalize(quote, undefined);
  const from = text.charCodeAt(0) === 0x20 ? 1 : 0;
  const to =
    text.length > from && text.charCodeAt(text.length - 1) === 0x20 ? text.length - 1 : text.length;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** Original [start, end) of the normalized span [from, to). */
export function originalSpan(
  normalized: NormalizedText,
  from: number,
  to: number,
): { start: number; end: number } {
  return {
    start: originalStartOf(normalized.offsets, from),
    end: originalEndOf(normalized.offsets, to - 1),
  };
}
