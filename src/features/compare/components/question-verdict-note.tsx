import { useTranslation } from '@/lib/use-translation';
import { intlLocale } from '@/lib/intl-locale';
import { listFormat } from '@/lib/intl-formatters';
import { useLanguage } from '@/lib/use-language';
import { groupReasons, type ReasonGroup } from '../utils/group-reasons';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { partySlot, SentenceWithParties } from './sentence-with-parties';

interface QuestionVerdictNoteProps {
  verdict: QuestionVerdict;
  nameOf: (actorId: string) => string;
  /** A side's label; undefined for an id the corpus does not define. */
  sideLabelOf: (sideId: string | undefined) => string | undefined;
  metricLabel: (metricId: string) => string;
  scopeLabel: (scopeId: string) => string;
}

/**
 * Why a row is disputed, in words and naming the parties, so the mark never
 * rests on colour alone; for accounts that fit together, whether they come
 * from several sides (naming them) or from one, which is no corroboration.
 */
export function QuestionVerdictNote({
  verdict,
  nameOf,
  sideLabelOf,
  metricLabel,
  scopeLabel,
}: QuestionVerdictNoteProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // A party without a known side is a side of its own, so it is named in the sides' place.
  const sideNames = [
    ...verdict.sides.map((side) => sideLabelOf(side) ?? side),
    ...verdict.unsided.map(nameOf),
  ];
  // Only sides of known alignment confirm each other; the others are named among the parties.
  const confirmingNames = verdict.confirmingSides.map((side) => sideLabelOf(side) ?? side);
  // Every party named in a sentence links to its page.
  const withLinks = (text: string, lists: readonly (readonly string[])[]) => (
    <SentenceWithParties text={text} lists={lists} nameOf={nameOf} language={language} />
  );
  const sentence = (group: ReasonGroup) =>
    withLinks(
      t(`compare.reasons.${group.kind}`, {
        first: partySlot(0),
        second: partySlot(1),
        metric: group.metric === undefined ? '' : metricLabel(group.metric),
        scope: group.scope === undefined ? '' : scopeLabel(group.scope),
      }),
      [group.disputed, group.disputers],
    );

  switch (verdict.status) {
    case 'cross-side':
      return (
        <p className="mt-1 text-xs font-normal text-stone-800">
          {t('compare.reasons.cross-side', {
            // Commas alone between sides: labels such as "Syrian government and its allies" hold an "and".
            sides: listFormat(intlLocale[language], { type: 'unit', style: 'long' }).format(
              confirmingNames,
            ),
          })}
        </p>
      );
    case 'one-side':
      return (
        <p className="mt-1 text-xs font-normal text-amber-950">
          {withLinks(
            t('compare.reasons.one-side', {
              side: confirmingNames[0] ?? sideNames[0] ?? '',
              parties: partySlot(0),
            }),
            [verdict.parties],
          )}
        </p>
      );
    case 'disputed':
      return (
        <ul className="mt-1 space-y-1 text-xs font-normal text-rose-950">
          {groupReasons(verdict.reasons).map((group) => (
            <li
              key={[group.kind, ...group.disputers, '|', ...group.disputed, group.metric].join('|')}
            >
              {sentence(group)}
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}
