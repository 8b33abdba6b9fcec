import type { ClaimTexts } from '@/components/claim-card/claim-texts';
import type { QuestionStatus } from '@/corpus/rules/question-status';

/**
 * Each badge carries its word, so colour is never alone. Disputed stands out;
 * one side only is amber and dashed, never the green of "all good"; accounts
 * across sides are a quiet outline: consistent is not the same as confirmed.
 */
const statusStyles: Record<QuestionStatus, string> = {
  disputed: 'border-rose-700 bg-rose-700 text-white',
  'cross-side': 'border-sky-800 bg-white text-sky-900',
  'one-side': 'border-dashed border-amber-700 bg-amber-50 text-amber-950',
  single: 'border-stone-300 bg-stone-100 text-stone-800',
  unanswered: 'border-stone-200 bg-white text-stone-700',
};

/** Its words come from the view's shared texts: a comparison shows two badges per question. */
export function QuestionStatusBadge({
  status,
  texts,
}: {
  status: QuestionStatus;
  texts: Pick<ClaimTexts, 'questionStatus'>;
}) {
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${statusStyles[status]}`}
    >
      {texts.questionStatus(status)}
    </span>
  );
}
