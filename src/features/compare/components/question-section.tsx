import { memo } from 'react';
import type { Question, Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { ClaimCells } from '../utils/claim-cells';
import type { ClaimTexts } from '@/components/claim-card/claim-texts';
import type { TextMode } from '../utils/compare-search';
import type { PartyLabels } from '../utils/party-labels';
import { questionAnchor } from '../utils/question-anchor';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { ClaimCard } from '@/components/claim-card/claim-card';
import { NoClaimFrom } from './no-claim-from';
import { QuestionSides } from './question-sides';
import { QuestionStatusBadge } from './question-status-badge';
import { QuestionVerdictNote } from './question-verdict-note';

interface QuestionSectionProps {
  question: Question;
  verdict: QuestionVerdict;
  parties: readonly string[];
  cells: ClaimCells;
  scopes: ReadonlyMap<string, Scope>;
  labels: PartyLabels;
  lookups: CorpusLookups;
  textMode: TextMode;
  texts: ClaimTexts;
  hrefOf: (path: string, hash?: string) => string;
  hideEmpty: boolean;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
}

/**
 * One question: its state and why, which sides answered, then the cards of the
 * parties that did, in the reader's party order, in a grid that wraps rather
 * than scrolls sideways. Each card names its party and side itself.
 * Off screen, a section skips layout and paint until scrolled near
 * (content-visibility), yet find-in-page, anchors and print still see it.
 */
export const QuestionSection = memo(function QuestionSection({
  question,
  verdict,
  parties,
  cells,
  scopes,
  labels,
  lookups,
  textMode,
  texts,
  hrefOf,
  hideEmpty,
  metricLabel,
  scopeLabel,
}: QuestionSectionProps) {
  const anchor = questionAnchor(question.id);
  const answered = parties.filter((actorId) => cells.of(question.id, actorId).length > 0);
  const missing = parties.filter((actorId) => cells.of(question.id, actorId).length === 0);
  const disputed = verdict.status === 'disputed';
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      data-question={question.id}
      data-status={verdict.status}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 shadow-xs [contain-intrinsic-size:auto_32rem] [content-visibility:auto] print:[content-visibility:visible] ${disputed ? 'border-rose-300 border-s-4 border-s-rose-700' : 'border-stone-200'}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={`${anchor}-title`} className="text-lg font-bold text-stone-950">
          {localized(question.label, texts.language)}
        </h3>
        <QuestionStatusBadge status={verdict.status} texts={texts} />
      </header>
      <div className="text-sm">
        <QuestionVerdictNote
          verdict={verdict}
          nameOf={labels.nameOf}
          sideLabelOf={labels.sideLabelOf}
          metricLabel={metricLabel}
          scopeLabel={scopeLabel}
        />
      </div>
      <QuestionSides verdict={verdict} labels={labels} />
      {answered.length > 0 ? (
        <div
          data-section-cards=""
          className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(min(18rem,100%),1fr))] gap-3"
        >
          {answered.flatMap((actorId) =>
            cells
              .of(question.id, actorId)
              .map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  scopes={scopes}
                  lookups={lookups}
                  textMode={textMode}
                  texts={texts}
                  hrefOf={hrefOf}
                />
              )),
          )}
        </div>
      ) : null}
      {hideEmpty ? null : <NoClaimFrom parties={missing} labels={labels} />}
    </section>
  );
});
