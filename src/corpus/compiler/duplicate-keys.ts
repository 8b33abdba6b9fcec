import { formatIssuePath } from './format-issue-path';

interface ObjectFrame {
  keys: Set<string>;
  /** The key whose value is being read, once seen. */
  key: string | undefined;
  expectingKey: boolean;
}

interface ArrayFrame {
  index: number;
}

type Frame = ObjectFrame | ArrayFrame;

const isObjectFrame = (frame: Frame): frame is ObjectFrame => 'keys' in frame;

function pathTo(stack: readonly Frame[], lastKey: string): string {
  const keys: (string | number)[] = [];
  for (const frame of stack.slice(0, -1)) {
    if (isObjectFrame(frame)) {
      if (frame.key !== undefined) keys.push(frame.key);
    } else keys.push(frame.index);
  }
  keys.push(lastKey);
  return formatIssuePath(keys);
}

/** The index of the quote that closes the string opening at `open`. */
function closingQuote(text: string, open: number): number {
  let at = text.indexOf('"', open + 1);
  while (at !== -1) {
    let backslashes = 0;
    for (let before = at - 1; text.charCodeAt(before) === 0x5c; before -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf('"', at + 1);
  }
  return text.length;
}

/**
 * Every key an object of the JSON text gives twice, as the JSON path of its second (and
 * later) occurrences. JSON.parse keeps the last silently, so a reviewer reading the first
 * "translation" would approve a text other than the one built. Runs on text JSON.parse has
 * accepted: one pass, strings skipped by indexOf, keys decoded only when they hold escapes
 * (so "a" and "\u0061" are the same key, as the parser sees them).
 */
export function findDuplicateKeys(text: string): { path: string; key: string }[] {
  const found: { path: string; key: string }[] = [];
  const stack: Frame[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    const top = stack[stack.length - 1];
    switch (char) {
      case 0x7b: // {
        stack.push({ keys: new Set(), key: undefined, expectingKey: true });
        break;
      case 0x5b: // [
        stack.push({ index: 0 });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x2c: // ,
        if (top === undefined) break;
        if (isObjectFrame(top)) top.expectingKey = true;
        else top.index += 1;
        break;
      case 0x22: {
        // "
        const end = closingQuote(text, at);
        if (top !== undefined && isObjectFrame(top) && top.expectingKey) {
          const raw = text.slice(at + 1, end);
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          if (top.keys.has(key)) found.push({ path: pathTo(stack, key), key });
          top.keys.add(key);
          top.key = key;
          top.expectingKey = false;
        }
        at = end;
        break;
      }
    }
  }
  return found;
}
