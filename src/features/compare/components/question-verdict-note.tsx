import { useTranslation } from 'react-i18next';
import { formatList } from '@/lib/format-list';
import { useLanguage } from '@/lib/use-language';
import { groupReasons, type ReasonGroup } from '../utils/group-reasons';
import type { QuestionVerdict } from '../utils/question-verdicts';

interface QuestionVerdictNoteProps {
  verdict: QuestionVerdict;
  nameOf: (actorId: string) => string;
  metricLabel: (metricId: string) => string;
  scopeLabel: (scopeId: string) => string;
}

/**
 * Why a row is disputed, in words and naming the parties, so the mark never
 * rests on colour alone; and, for a row where accounts fit together, whose they are.
 */
export function QuestionVerdictNote({
  verdict,
  nameOf,
  metricLabel,
  scopeLabel,
}: QuestionVerdictNoteProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sentence = (group: ReasonGroup) =>
    t(`compare.reasons.${group.kind}`, {
      first: formatList(group.disputed.map(nameOf), language),
      second: nameOf(group.disputer),
      metric: group.metric === undefined ? '' : metricLabel(group.metric),
      scope: group.scope === undefined ? '' : scopeLabel(group.scope),
    });

  if (verdict.status === 'agreed') {
    return (
      <p className="mt-1 text-xs font-normal text-emerald-900">
        {t('compare.reasons.agreed', {
          parties: formatList(verdict.parties.map(nameOf), language),
        })}
      </p>
    );
  }
  if (verdict.status !== 'disputed') return null;
  return (
    <ul className="mt-1 space-y-1 text-xs font-normal text-rose-950">
      {groupReasons(verdict.reasons).map((group) => (
        <li key={[group.kind, group.disputer, ...group.disputed, group.metric].join('|')}>
          {sentence(group)}
        </li>
      ))}
    </ul>
  );
}
