/**
 * The offset in `text` of an offset in a text area showing it. A text area's value has every
 * line break as "\n" (HTML normalises "\r\n" and a lone "\r"), while a source keeps its text
 * byte for byte: after each "\r\n" before the point, the text is one character ahead.
 */
export function textOffsetOfShown(text: string, shown: number): number {
  let offset = 0;
  for (let counted = 0; counted < shown && offset < text.length; counted += 1) {
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
  }
  return offset;
}
