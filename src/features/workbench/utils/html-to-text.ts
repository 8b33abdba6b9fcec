import DOMPurify from 'dompurify';

/** Elements that start a new line of text: a page's paragraphs stay paragraphs. */
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/**
 * An HTML page reduced to its text. DOMPurify parses it into an inert document first (no script
 * runs, no image loads, nothing is attached to the page) and drops scripts, styles and every
 * handler; only the words are kept, paragraph by paragraph. Page furniture (share buttons, "read
 * also") stays in the text, to be marked, not deleted.
 */
export function htmlToText(html: string): string {
  const body = DOMPurify.sanitize(html, {
    RETURN_DOM: true,
    WHOLE_DOCUMENT: false,
    FORBID_TAGS: ['style', 'script', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'],
  });
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    if (line.trim() !== '') lines.push(line.replace(/[ \t\f\v\u00a0\r\n]+/g, ' ').trim());
    line = '';
  };
  // Depth-first with an explicit stack (a hostile page can nest deeply): `null` marks the end
  // of a block, where its line ends too.
  const pending: (Node | null)[] = [body];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    if (node === null) {
      breakLine();
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) line += node.nodeValue ?? '';
    const isBlock = node.nodeType === Node.ELEMENT_NODE && blocks.has(node.nodeName);
    if (isBlock) {
      breakLine();
      pending.push(null);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  breakLine();
  return `${lines.join('\n\n')}\n`;
}
