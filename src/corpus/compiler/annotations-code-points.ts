/**
 * The W3C Web Annotation model counts text positions in Unicode code points; JavaScript strings
 * (and the compiled locators) count UTF-16 units. This converts between the two.
 */

/** How many code points the first `utf16` units of `text` hold. */
export function codePointOffset(text: string, utf16: number): number {
  let points = 0;
  for (let unit = 0; unit < utf16 && unit < text.length; unit += 1) {
    const code = text.charCodeAt(unit);
    // A high surrogate followed by a low one is one code point: skip its second half.
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < utf16) {
      const next = text.charCodeAt(unit + 1);
      if (next >= 0xdc00 && next <= 0xdfff) unit += 1;
    }
    points += 1;
  }
  return points;
}
