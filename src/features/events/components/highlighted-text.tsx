import type { TextRange } from '@/corpus/search/search-highlight';

/**
 * Text with a search's hits in <mark>: every piece stays a text node, so a
 * corpus string can never inject markup. Ranges are sorted and disjoint
 * (searchHits merges them).
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return text;
  const pieces = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(
      <mark
        key={start}
        className="rounded-xs bg-amber-200 text-inherit forced-colors:bg-[Mark] forced-colors:text-[MarkText] print:bg-transparent print:underline"
      >
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
