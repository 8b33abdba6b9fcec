import type { Question, Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { ClaimCells } from '../utils/claim-cells';
import type { ClaimTexts } from '../utils/claim-texts';
import type { TextMode } from '../utils/compare-search';
import type { PartyLabels } from '../utils/party-labels';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { ClaimCard } from './claim-card';
import { QuestionStatusBadge } from './question-status-badge';
import { QuestionVerdictNote } from './question-verdict-note';

interface GridRowProps {
  question: Question;
  verdict: QuestionVerdict;
  parties: readonly string[];
  cells: ClaimCells;
  scopes: ReadonlyMap<string, Scope>;
  labels: PartyLabels;
  lookups: CorpusLookups;
  textMode: TextMode;
  texts: ClaimTexts;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
}

/** One question: its status and why, then each party's claims on it (below md, a stack). */
export function GridRow({
  question,
  verdict,
  parties,
  cells,
  scopes,
  labels,
  lookups,
  textMode,
  texts,
  metricLabel,
  scopeLabel,
}: GridRowProps) {
  const { language } = texts;
  const disputed = verdict.status === 'disputed';
  return (
    <tr
      data-question={question.id}
      data-status={verdict.status}
      className={`max-md:mb-6 max-md:block ${disputed ? 'bg-rose-50' : ''}`}
    >
      <th
        scope="row"
        className={`border-b border-stone-200 p-2 text-start align-top font-semibold max-md:contents md:sticky md:start-0 md:z-10 md:w-56 md:min-w-56 ${disputed ? 'border-s-4 border-s-rose-700 bg-rose-50' : 'bg-stone-50'}`}
      >
        {/*
         * Below md the header cell gives way to its parts (display: contents), so the
         * question and its status can stick to the top of the screen for as long as
         * its stack of accounts is in view, while the longer verdict note scrolls on.
         * On paper print.css makes the cell a cell again; nothing sticks there.
         */}
        <div
          data-question-label=""
          className={`max-md:sticky max-md:top-0 max-md:z-10 max-md:border-b-2 max-md:border-stone-300 max-md:p-2 max-md:shadow-sm print:static print:border-0 print:p-0 print:shadow-none ${disputed ? 'max-md:border-s-4 max-md:border-s-rose-700 max-md:bg-rose-50' : 'max-md:bg-stone-50'}`}
        >
          <span className="block">{localized(question.label, language)}</span>
          <span className="mt-1 block">
            <QuestionStatusBadge status={verdict.status} />
          </span>
        </div>
        <div className="max-md:px-2 print:p-0">
          <QuestionVerdictNote
            verdict={verdict}
            nameOf={labels.nameOf}
            metricLabel={metricLabel}
            scopeLabel={scopeLabel}
          />
        </div>
      </th>
      {parties.map((actorId) => {
        const claims = cells.of(question.id, actorId);
        return (
          <td
            key={actorId}
            data-party={actorId}
            className={`border-b border-stone-200 p-2 align-top max-md:block ${claims.length === 0 ? 'max-md:hidden' : ''}`}
          >
            <bdi className="mb-1 block text-sm font-semibold md:hidden print:hidden">
              {labels.nameOf(actorId)}
            </bdi>
            {claims.length === 0 ? (
              <span className="text-sm text-stone-600">{texts.noClaim}</span>
            ) : (
              <div className="space-y-2">
                {claims.map((claim) => (
                  <ClaimCard
                    key={claim.id}
                    claim={claim}
                    scopes={scopes}
                    lookups={lookups}
                    textMode={textMode}
                    texts={texts}
                  />
                ))}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
}
