import { memo, useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { EventShard } from '@/corpus/shards';
import type { Question } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { claimCells } from '../utils/claim-cells';
import { useClaimCards } from '@/components/claim-card/use-claim-cards';
import type { EmptyCells, QuestionFocus, TextMode } from '../utils/compare-search';
import type { PartyLabels } from '../utils/party-labels';
import type { QuestionStatus } from '@/corpus/rules/question-status';
import { questionVerdicts, type QuestionVerdict } from '../utils/question-verdicts';
import { DisputeOverview } from './dispute-overview';
import { QuestionSection } from './question-section';

const none: readonly Question[] = [];

const unansweredVerdict: QuestionVerdict = {
  status: 'unanswered',
  reasons: [],
  parties: [],
  sides: [],
  unsided: [],
  confirmingSides: [],
};

interface ComparisonDetailProps {
  shard: EventShard;
  parties: readonly string[];
  /** Each question's status, for the overview and the focus (questionStates). */
  states: ReadonlyMap<string, QuestionStatus>;
  labels: PartyLabels;
  lookups: CorpusLookups;
  textMode: TextMode;
  questionFocus: QuestionFocus;
  emptyCells: EmptyCells;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
  /**
   * False in the view's first frame, which holds the overview's first rows (all that can
   * reach the first screen: useRowsOnScreen) and no section: the other rows and the
   * sections follow as soon as it is painted, long before a reader scrolls to them or
   * searches the page.
   */
  complete: boolean;
}

/**
 * The overview, then one section per question (once the overview is painted:
 * see `complete`). Card texts are translated once
 * here for every card (claim-texts.ts), and the claims are grouped by question
 * and party once. Memoised: the party menu's or figures panel's own state never
 * re-renders hundreds of cards.
 */
export const ComparisonDetail = memo(function ComparisonDetail({
  shard,
  parties,
  states,
  labels,
  lookups,
  textMode,
  questionFocus,
  emptyCells,
  metricLabel,
  scopeLabel,
  complete,
}: ComparisonDetailProps) {
  const { t } = useTranslation();
  const { texts, scopes, hrefOf } = useClaimCards(shard);
  const cells = useMemo(() => claimCells(shard.claims), [shard]);
  const statusOf = useMemo(
    () => (questionId: string) => states.get(questionId) ?? 'unanswered',
    [states],
  );
  // Each verdict's reasons and sides are for the sections: worked out with them, not before
  // the first frame.
  const verdicts = useMemo(
    () => (complete ? questionVerdicts(shard, lookups) : undefined),
    [complete, shard, lookups],
  );
  const questions = useMemo(
    () =>
      questionFocus === 'disputed'
        ? shard.event.questions.filter((question) => statusOf(question.id) === 'disputed')
        : shard.event.questions,
    [shard, questionFocus, statusOf],
  );
  const hideEmpty = emptyCells === 'hide';
  // Hiding empty cells drops the overview's columns of parties silent on every question shown.
  const columns = useMemo(
    () =>
      hideEmpty
        ? parties.filter((actorId) =>
            questions.some((question) => cells.of(question.id, actorId).length > 0),
          )
        : parties,
    [hideEmpty, parties, questions, cells],
  );
  const total = shard.event.questions.length;
  const rendered = complete ? questions : none;

  return (
    <>
      {questionFocus === 'disputed' ? (
        <p data-focus-note="" className="mb-3 text-sm text-stone-700">
          {questions.length === 0
            ? t('focus.noneDisputed')
            : t('focus.showing', { shown: questions.length, count: total })}
        </p>
      ) : null}
      {questions.length > 0 ? (
        <DisputeOverview
          questions={questions}
          parties={columns}
          statusOf={statusOf}
          cells={cells}
          labels={labels}
          sideOrder={lookups.sideOrder}
          texts={texts}
          hideEmpty={hideEmpty}
          complete={complete}
        />
      ) : null}
      <h2 className="sr-only">{t('overview.accounts')}</h2>
      <div data-comparison-sections="" className="space-y-4">
        {rendered.map((question) => (
          <QuestionSection
            key={question.id}
            question={question}
            verdict={verdicts?.get(question.id) ?? unansweredVerdict}
            parties={parties}
            cells={cells}
            scopes={scopes}
            labels={labels}
            lookups={lookups}
            textMode={textMode}
            texts={texts}
            hrefOf={hrefOf}
            hideEmpty={hideEmpty}
            metricLabel={metricLabel}
            scopeLabel={scopeLabel}
          />
        ))}
      </div>
    </>
  );
});
