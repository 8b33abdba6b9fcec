import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '@/corpus/rules/question-status';

const statusStyles: Record<QuestionStatus, string> = {
  disputed: 'bg-rose-700 text-white',
  agreed: 'bg-emerald-700 text-white',
  single: 'bg-stone-200 text-stone-800',
  unanswered: 'bg-stone-100 text-stone-700',
};

export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyles[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  );
}
