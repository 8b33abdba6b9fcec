/**
 * Finds where a JSON text stops being JSON. Engines word (and place) their
 * JSON.parse errors differently and some give no position at all, so the
 * compiler scans the text itself, only after JSON.parse has failed. The scan
 * keeps its own stack: deeply nested input must not exhaust the call stack.
 */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

type State = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'after-value';

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function describe(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset);
  if (codePoint === undefined) return 'unexpected end of the file';
  return `unexpected character ${JSON.stringify(String.fromCodePoint(codePoint))}`;
}

export function locateOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Returns the end of the string starting at `start` (a quote), or an error. */
function scanString(text: string, start: number): number | { offset: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'invalid \\u escape: expected four hex digits' };
        }
        i += 6;
        continue;
      }
      if (!escapes.has(next))
        return { offset: i, message: `invalid escape "\\${next}" in a string` };
      i += 2;
      continue;
    }
    if (char.charCodeAt(0) < 0x20) {
      return {
        offset: i,
        message: 'unescaped control character (such as a line break) in a string',
      };
    }
    i += 1;
  }
  return { offset: start, message: 'unterminated string' };
}

function scanLiteral(text: string, i: number): number | undefined {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  numberPattern.lastIndex = i;
  return numberPattern.test(text) ? numberPattern.lastIndex : undefined;
}

function scan(text: string): { offset: number; message: string } | undefined {
  const stack: ('object' | 'array')[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isWhitespace(text.charAt(i))) i += 1;
    const char = text.charAt(i);
    const inObject = stack[stack.length - 1] === 'object';
    if (state === 'after-value' && stack.length === 0) {
      return i < text.length
        ? { offset: i, message: 'unexpected text after the end of the JSON value' }
        : undefined;
    }
    if (i >= text.length) {
      return { offset: i, message: i === 0 ? 'the file is empty' : 'unexpected end of the file' };
    }
    if (state === 'after-value') {
      if (char === ',') state = inObject ? 'key' : 'value';
      else if (char === (inObject ? '}' : ']')) stack.pop();
      else
        return {
          offset: i,
          message: inObject
            ? "expected ',' or '}' after a property value"
            : "expected ',' or ']' after an array element",
        };
      i += 1;
    } else if (state === 'key-or-close' || state === 'key') {
      if (char === '}' && state === 'key-or-close') {
        stack.pop();
        state = 'after-value';
        i += 1;
      } else if (char === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
      } else {
        return {
          offset: i,
          message:
            char === '}'
              ? "a trailing comma before '}' is not allowed in JSON"
              : 'expected a property name in double quotes',
        };
      }
    } else if (state === 'colon') {
      if (char !== ':') return { offset: i, message: "expected ':' after a property name" };
      state = 'value';
      i += 1;
    } else if (char === ']' && state === 'value-or-close') {
      stack.pop();
      state = 'after-value';
      i += 1;
    } else if (char === '{' || char === '[') {
      stack.push(char === '{' ? 'object' : 'array');
      state = char === '{' ? 'key-or-close' : 'value-or-close';
      i += 1;
    } else if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after-value';
    } else {
      const end = scanLiteral(text, i);
      if (end === undefined) {
        const afterComma = text.slice(0, i).trimEnd().endsWith(',');
        return {
          offset: i,
          message:
            char === ']' && afterComma
              ? "a trailing comma before ']' is not allowed in JSON"
              : describe(text, i),
        };
      }
      i = end;
      state = 'after-value';
    }
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const found = scan(text);
  if (found === undefined) return undefined;
  return { ...found, ...locateOffset(text, found.offset) };
}
