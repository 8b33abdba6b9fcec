/**
 * The code points `start` (inclusive) to `end` (exclusive) of `text`: how a W3C Web Annotation
 * reader applies a TextPositionSelector, written as plainly as possible to check the compiler's.
 */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
