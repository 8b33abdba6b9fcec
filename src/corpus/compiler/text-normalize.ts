/**
 * Quotes are compared with their sources after Unicode NFC and whitespace
 * folding, yet their offsets must point into the text as received. So the
 * normalized text keeps, for every UTF-16 unit it holds, the span of the
 * original it came from.
 */
export interface NormalizedText {
  text: string;
  /** Original offset where the unit at each normalized index starts. */
  starts: Uint32Array;
  /** Original offset where the unit at each normalized index ends. */
  ends: Uint32Array;
}

/** Unicode White_Space plus the BOM that sometimes lands mid-text. */
export function isFoldableSpace(code: number): boolean {
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

/** Offsets go straight into typed arrays: texts can run to megabytes. */
class Builder {
  private readonly parts: string[] = [];
  private starts: Uint32Array;
  private ends: Uint32Array;
  private length = 0;

  constructor(capacity: number) {
    this.starts = new Uint32Array(Math.max(16, capacity));
    this.ends = new Uint32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  push(piece: string, start: number, end: number): void {
    this.reserve(piece.length);
    this.parts.push(piece);
    this.starts.fill(start, this.length, this.length + piece.length);
    this.ends.fill(end, this.length, this.length + piece.length);
    this.length += piece.length;
  }

  pushVerbatim(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(original.slice(from, to));
    for (let i = from; i < to; i += 1) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length += 1;
    }
  }

  build(): NormalizedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    };
  }
}

/** Most texts are NFC already: then only whitespace needs folding. */
function foldSpaces(original: string, out: Builder): void {
  let plainFrom = 0;
  let i = 0;
  while (i < original.length) {
    if (!isFoldableSpace(original.charCodeAt(i))) {
      i += 1;
      continue;
    }
    out.pushVerbatim(original, plainFrom, i);
    let end = i + 1;
    while (end < original.length && isFoldableSpace(original.charCodeAt(end))) end += 1;
    out.push(' ', i, end);
    i = end;
    plainFrom = end;
  }
  out.pushVerbatim(original, plainFrom, original.length);
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
    if (end === i + 1 && (code < 0x300 || kindOf(code) === STABLE))
      out.pushVerbatim(original, i, end);
    else out.push(original.slice(i, end).normalize('NFC'), i, end);
    i = end;
  }
}

export function normalizeText(original: string): NormalizedText {
  const out = new Builder(original.length);
  if (original.normalize('NFC') === original) foldSpaces(original, out);
  else foldAndCompose(original, out);
  return out.build();
}

/** A quote as it is searched for: normalized the same way, ends trimmed. */
export function normalizeQuote(quote: string): string {
  const { text } = normalizeText(quote);
  return text.replace(/^ | $/g, '');
}

/** Original [start, end) of the normalized span [from, to). */
export function originalSpan(
  normalized: NormalizedText,
  from: number,
  to: number,
): { start: number; end: number } {
  return { start: normalized.starts[from] ?? 0, end: normalized.ends[to - 1] ?? 0 };
}
