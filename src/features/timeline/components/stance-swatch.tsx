import type { Stance } from '@/corpus/schema';

/** The fill of a claim's mark by stance; the legend and the list use the same swatches. */
export const stanceFill: Record<Stance, string> = {
  asserts: 'bg-sky-600 border-sky-800',
  denies: 'bg-rose-600 border-rose-800',
  'alternative-explanation': 'bg-amber-500 border-amber-700',
  'counter-figure': 'bg-violet-600 border-violet-800',
  'casts-doubt': 'bg-orange-500 border-orange-700',
  silent: 'bg-stone-400 border-stone-600',
};

export function StanceSwatch({ stance }: { stance: Stance }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-3 shrink-0 rounded-full border ${stanceFill[stance]}`}
    />
  );
}
