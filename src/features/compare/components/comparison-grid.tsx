import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { CompiledClaim, EventShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useOverflows } from '../hooks/use-overflows';
import type { TextMode } from '../utils/compare-search';
import type { PartyLabels } from '../utils/party-labels';
import type { QuestionVerdict } from '../utils/question-verdicts';
import { ClaimCard } from './claim-card';
import { GridHeader } from './grid-header';
import { QuestionStatusBadge } from './question-status-badge';
import { QuestionVerdictNote } from './question-verdict-note';

interface ComparisonGridProps {
  shard: EventShard;
  parties: readonly string[];
  verdicts: ReadonlyMap<string, QuestionVerdict>;
  labels: PartyLabels;
  lookups: CorpusLookups;
  language: LanguageCode;
  textMode: TextMode;
}

const unanswered: QuestionVerdict = { status: 'unanswered', reasons: [], parties: [] };

/**
 * One column per party, one row per question. On wide screens the table
 * scrolls inside a region no taller than the viewport, so its head and the
 * question column stay in view both ways (page-level sticky cannot work
 * inside a horizontal scroller). Below md it becomes a stack per question,
 * each cell labelled by its party.
 */
export function ComparisonGrid({
  shard,
  parties,
  verdicts,
  labels,
  lookups,
  language,
  textMode,
}: ComparisonGridProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  const scrolls = useOverflows(region);
  const scopes = new Map(shard.event.scopes.map((scope) => [scope.id, scope]));
  const cells = new Map<string, CompiledClaim[]>();
  for (const claim of shard.claims) {
    const key = `${claim.question}\u0000${claim.saidBy}`;
    const list = cells.get(key);
    if (list) list.push(claim);
    else cells.set(key, [claim]);
  }
  const metricLabel = (id: string) => {
    const metric = lookups.metrics.get(id);
    return metric ? localized(metric.label, language) : id;
  };
  const scopeLabel = (id: string) => {
    const scope = scopes.get(id);
    return scope ? localized(scope.label, language) : id;
  };
  const caption = t('compare.comparisonOf', { title: localized(shard.event.title, language) });

  return (
    <section
      ref={region}
      aria-label={caption}
      // relative: the sr-only caption is placed inside the scroller, not beside the page.
      // A scrolling region must take focus so keys can scroll it (WCAG 2.1.1, axe
      // scrollable-region-focusable); the lint rule does not know about scrollers.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrolls ? 0 : undefined}
      // Print lays the table out whole and at page width (src/styles/print.css).
      data-comparison-grid=""
      className="relative rounded-md border-stone-300 focus-visible:outline-2 focus-visible:outline-teal-700 md:max-h-[calc(100dvh-1rem)] md:overflow-auto md:border"
    >
      <table className="w-full border-separate border-spacing-0 text-start max-md:block">
        <caption className="sr-only">{caption}</caption>
        <GridHeader parties={parties} labels={labels} />
        <tbody className="max-md:block">
          {shard.event.questions.map((question) => {
            const verdict = verdicts.get(question.id) ?? unanswered;
            const disputed = verdict.status === 'disputed';
            return (
              <tr
                key={question.id}
                data-question={question.id}
                data-status={verdict.status}
                className={`max-md:mb-6 max-md:block ${disputed ? 'bg-rose-50' : ''}`}
              >
                <th
                  scope="row"
                  className={`border-b border-stone-200 p-2 text-start align-top font-semibold max-md:block max-md:border-b-2 max-md:border-stone-300 md:sticky md:start-0 md:z-10 md:w-56 md:min-w-56 ${disputed ? 'border-s-4 border-s-rose-700 bg-rose-50' : 'bg-stone-50'}`}
                >
                  <span className="block">{localized(question.label, language)}</span>
                  <span className="mt-1 block">
                    <QuestionStatusBadge status={verdict.status} />
                  </span>
                  <QuestionVerdictNote
                    verdict={verdict}
                    language={language}
                    nameOf={labels.nameOf}
                    metricLabel={metricLabel}
                    scopeLabel={scopeLabel}
                  />
                </th>
                {parties.map((actorId) => {
                  const claims = cells.get(`${question.id}\u0000${actorId}`) ?? [];
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
                        <span className="text-sm text-stone-600">{t('compare.noClaim')}</span>
                      ) : (
                        <div className="space-y-2">
                          {claims.map((claim) => (
                            <ClaimCard
                              key={claim.id}
                              claim={claim}
                              scopes={scopes}
                              lookups={lookups}
                              language={language}
                              textMode={textMode}
                            />
                          ))}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
