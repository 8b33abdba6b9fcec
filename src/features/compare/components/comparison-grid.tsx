import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { claimCells } from '../utils/claim-cells';
import { claimTexts } from '../utils/claim-texts';
import type { TextMode } from '../utils/compare-search';
import type { PartyLabels } from '../utils/party-labels';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { GridHeader } from './grid-header';
import { GridRow } from './grid-row';
import { GridScrollRegion } from './grid-scroll-region';

interface ComparisonGridProps {
  shard: EventShard;
  parties: readonly string[];
  verdicts: ReadonlyMap<string, QuestionVerdict>;
  labels: PartyLabels;
  lookups: CorpusLookups;
  textMode: TextMode;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
}

const unanswered: QuestionVerdict = { status: 'unanswered', reasons: [], parties: [] };

/**
 * One column per party, one row per question. On wide screens the table
 * scrolls inside a region no taller than the viewport (GridScrollRegion).
 * Below md it becomes a stack per question, each cell labelled by its party.
 * Memoised: state elsewhere on the page (the figures panel, the party
 * controls' own state) never re-renders hundreds of cards.
 */
export const ComparisonGrid = memo(function ComparisonGrid({
  shard,
  parties,
  verdicts,
  labels,
  lookups,
  textMode,
  metricLabel,
  scopeLabel,
}: ComparisonGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // An imported corpus's id, which printed addresses must carry (`?corpus=`).
  const corpus = useCorpusSource().id;
  const texts = useMemo(() => claimTexts(t, language, corpus), [t, language, corpus]);
  const scopes = useMemo(
    () => new Map(shard.event.scopes.map((scope) => [scope.id, scope])),
    [shard],
  );
  const cells = useMemo(() => claimCells(shard.claims), [shard]);
  const caption = t('compare.comparisonOf', { title: localized(shard.event.title, language) });

  return (
    <GridScrollRegion label={caption}>
      <table className="w-full border-separate border-spacing-0 text-start max-md:block">
        <caption className="sr-only">{caption}</caption>
        <GridHeader parties={parties} labels={labels} />
        <tbody className="max-md:block">
          {shard.event.questions.map((question) => (
            <GridRow
              key={question.id}
              question={question}
              verdict={verdicts.get(question.id) ?? unanswered}
              parties={parties}
              cells={cells}
              scopes={scopes}
              labels={labels}
              lookups={lookups}
              textMode={textMode}
              texts={texts}
              metricLabel={metricLabel}
              scopeLabel={scopeLabel}
            />
          ))}
        </tbody>
      </table>
    </GridScrollRegion>
  );
});
