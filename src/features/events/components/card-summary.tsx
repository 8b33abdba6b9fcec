import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { TextRange } from '@/corpus/search/search-highlight';
import type { EventCardTexts } from '../utils/event-card-texts';
import { HighlightedText } from './highlighted-text';

/**
 * Longer than this, a summary runs past the two lines a phone shows of it (a
 * 390 px card holds about 50 characters a line), so it is folded there with a
 * button to read it whole. Shorter ones are never folded: a button that
 * unfolds nothing would mislead.
 */
const foldedLength = 120;

/**
 * An event's summary: whole from 640 px up; on a phone folded to two lines
 * so a list of cards stays scannable, unless a search hit lies in it, which
 * a fold could hide.
 */
export function CardSummary({
  text,
  hits,
  texts,
}: {
  text: string;
  hits: readonly TextRange[];
  texts: EventCardTexts;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const foldable = text.length > foldedLength && hits.length === 0;
  return (
    <div className="mt-2">
      <p
        id={id}
        className={`text-sm text-stone-800 ${foldable && !open ? 'max-sm:line-clamp-2' : ''}`}
      >
        <HighlightedText text={text} ranges={hits} />
      </p>
      {foldable ? (
        <Button
          variant="quiet"
          size="inline"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => {
            setOpen(!open);
          }}
          className="mt-1 min-h-6 sm:hidden"
        >
          {open ? texts.summaryLess : texts.summaryMore}
        </Button>
      ) : null}
    </div>
  );
}
