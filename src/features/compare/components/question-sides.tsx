import { useTranslation } from '@/lib/use-translation';
import { listFormat } from '@/lib/intl-formatters';
import { intlLocale } from '@/lib/intl-locale';
import { useLanguage } from '@/lib/use-language';
import type { PartyLabels } from '../utils/party-labels';
import type { QuestionVerdict } from '../utils/question-verdicts';

/**
 * Which sides answered one question: one side's voices, however many, are
 * not corroboration, so a question only one side answered says so in words.
 * Every side heard is listed, unknown alignment included; which of them confirm
 * each other is the verdict note's to say.
 */
export function QuestionSides({
  verdict,
  labels,
}: {
  verdict: QuestionVerdict;
  labels: PartyLabels;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = [
    ...verdict.sides.map((side) => labels.sideLabelOf(side) ?? side),
    ...verdict.unsided.map(labels.nameOf),
  ];
  const [only] = names;
  if (only === undefined) return null;
  return (
    <p data-question-sides="" className="mt-1 text-sm text-stone-700">
      {names.length === 1 ? t('sides.onlyOne') : t('sides.answered')}{' '}
      <bdi className="font-semibold">
        {names.length === 1
          ? only
          : // Commas alone: labels such as "Syrian government and its allies" hold an "and".
            listFormat(intlLocale[language], { type: 'unit', style: 'long' }).format(names)}
      </bdi>
    </p>
  );
}
