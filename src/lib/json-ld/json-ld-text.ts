/**
 * JSON-LD as text that is safe inside an HTML `<script>` element: `<`, `>` and
 * `&` become \u escapes, so a quote containing `</script>` or `<!--` cannot end
 * or alter the element, and U+2028/U+2029 are escaped for older JavaScript
 * parsers. Every one of these characters can only occur inside JSON strings,
 * where the escapes decode to the same text.
 */
export function jsonLdText(graph: unknown): string {
  return JSON.stringify(graph, null, 2)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
