import type { FuzzyDate } from '@/corpus/primitives';
import type { ClaimTexts } from './claim-texts';

/**
 * "Said 23 Jan 2020 (from outside reporting)": how the date was obtained in
 * words anyone sees, not a hover title that touch and keyboard never reach.
 * The corpus's note on it (the phrase it was computed from, the reports it was
 * taken from) opens beneath, a native disclosure reachable by tap and keyboard.
 */
export function ClaimDate({ date, texts }: { date: FuzzyDate; texts: ClaimTexts }) {
  const basis = texts.dateBasis(date);
  const line = (
    <>
      {texts.saidOn} <time dateTime={date.value}>{texts.dateText(date)}</time>
      {basis === undefined ? null : <span data-date-basis={date.basis}> ({basis})</span>}
    </>
  );
  if (basis === undefined || date.note === undefined)
    return <p className="mt-2 text-xs text-stone-600">{line}</p>;
  return (
    <details className="mt-2 text-xs text-stone-600">
      <summary className="cursor-pointer">{line}</summary>
      {/* Date notes are written in English by the corpus's editors. */}
      <p lang="en" dir="ltr" className="mt-1 text-start text-stone-700">
        {date.note}
      </p>
    </details>
  );
}
