import { useTranslation } from 'react-i18next';
import type { Stance } from '@/corpus/schema';

const stanceStyles: Record<Stance, string> = {
  asserts: 'bg-sky-100 text-sky-950 ring-sky-300',
  denies: 'bg-rose-100 text-rose-950 ring-rose-300',
  'alternative-explanation': 'bg-amber-100 text-amber-950 ring-amber-300',
  'counter-figure': 'bg-violet-100 text-violet-950 ring-violet-300',
  'casts-doubt': 'bg-orange-100 text-orange-950 ring-orange-300',
  silent: 'bg-stone-100 text-stone-800 ring-stone-300',
};

export function StanceBadge({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  return <StanceLabel stance={stance} label={t(`stance.${stance}`)} />;
}

/**
 * The same badge with its label already translated, for views that show
 * hundreds of claims and translate the six stances once rather than per claim.
 */
export function StanceLabel({ stance, label }: { stance: Stance; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${stanceStyles[stance]}`}
    >
      {label}
    </span>
  );
}
