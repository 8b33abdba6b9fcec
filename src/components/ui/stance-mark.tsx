import type { ReactNode } from 'react';
import type { Stance } from '@/corpus/schema';
import { stanceTones } from '@/lib/stance-marks';
import { InlineMark } from './inline-mark';

/**
 * Each stance's shape in a 16-unit square. Drawn, not typed: ●, ✕, ◆, ▲ and ○ are in none of
 * the bundled fonts (a box or an emoji on some systems), and the browser's search for a font
 * with them made the first frame of a comparison 5-9 ms slower.
 */
const shapes: Record<Stance, ReactNode> = {
  asserts: <circle cx="8" cy="8" r="5.5" />,
  denies: (
    <path
      d="M3.5 3.5l9 9m0-9l-9 9"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
    />
  ),
  'alternative-explanation': <path d="M8 1.5 14.5 8 8 14.5 1.5 8z" />,
  'counter-figure': <path d="M8 2.5 14.5 13.5h-13z" />,
  'casts-doubt': (
    <>
      <path
        d="M5.25 5.5a2.75 2.75 0 1 1 4 2.45c-.8.4-1.25.95-1.25 1.8v.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
      <circle cx="8" cy="13.5" r="1.25" />
    </>
  ),
  silent: <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" strokeWidth="1.75" />,
};

/**
 * A stance's mark, as tall as the text around it and in its stance's colour. Decorative: the
 * stance's word always goes with it, shown or for screen readers.
 */
export function StanceMark({ stance, className = '' }: { stance: Stance; className?: string }) {
  return (
    <InlineMark data-mark={stance} className={`${stanceTones[stance]} ${className}`}>
      {shapes[stance]}
    </InlineMark>
  );
}
