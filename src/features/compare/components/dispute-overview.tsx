import { memo, useRef } from 'react';
import { PointerMark } from '@/components/ui/pointer-mark';
import { useTranslation } from '@/lib/use-translation';
import type { Question } from '@/corpus/schema';
import { localized } from '@/lib/localized';
import { useOverflows } from '../hooks/use-overflows';
import { useRowsOnScreen } from '../hooks/use-rows-on-screen';
import type { ClaimCells } from '../utils/claim-cells';
import type { ClaimTexts } from '@/components/claim-card/claim-texts';
import type { PartyLabels } from '../utils/party-labels';
import { questionAnchor } from '../utils/question-anchor';
import type { QuestionStatus } from '@/corpus/rules/question-status';
import { OverviewCell } from './overview-cell';
import { OverviewHead } from './overview-head';
import { OverviewLegend } from './overview-legend';
import { QuestionStatusBadge } from './question-status-badge';
import { isPrerendering } from '@/lib/prerender-flag';

interface DisputeOverviewProps {
  questions: readonly Question[];
  parties: readonly string[];
  statusOf: (questionId: string) => QuestionStatus;
  cells: ClaimCells;
  labels: PartyLabels;
  sideOrder: ReadonlyMap<string, number>;
  texts: ClaimTexts;
  hideEmpty: boolean;
  /** The view's background render is in: every row, not only those the first screen can show. */
  complete: boolean;
}

/**
 * The first guess at whether the table scrolls sideways, before any layout:
 * from 1024 px it fits (twelve parties at 1280 px do). A right guess spares a
 * second render, and the scroll hint never appears only to vanish (a layout shift).
 */
// A prerendered page cannot know the screen: it and its hydration guess no, and the measure
// after it corrects that.
const mayOverflow = () => !isPrerendering() && window.innerWidth < 1024;

/**
 * Questions × parties, one mark per claim: the shape of the dispute before a
 * word of it is read. A real table (caption, scoped heads) for screen readers.
 * Memoised like the sections: the party menu's own state never redraws it.
 */
export const DisputeOverview = memo(function DisputeOverview({
  questions,
  parties,
  statusOf,
  cells,
  labels,
  sideOrder,
  texts,
  hideEmpty,
  complete,
}: DisputeOverviewProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(region, mayOverflow);
  const rows = useRowsOnScreen(questions.length, complete);
  const { language } = texts;

  return (
    <section
      aria-labelledby="overview-title"
      data-overview=""
      className="mb-6 rounded-lg border border-stone-200 bg-white p-4 shadow-xs print:break-inside-avoid print:border-0 print:p-0 print:shadow-none"
    >
      <h2 id="overview-title" className="text-lg font-bold text-stone-950">
        {t('overview.title')}
      </h2>
      <OverviewLegend texts={texts} />
      {scrolls ? (
        <p data-overview-scroll-hint="" className="mt-2 text-sm font-semibold text-amber-900">
          {t('overview.scrollHint')} <PointerMark shape="arrow-end" />
        </p>
      ) : null}
      <div
        ref={region}
        role="region"
        aria-label={t('overview.region')}
        // Below 1280 px eight parties may not fit: the table alone then scrolls sideways,
        // and a region that scrolls must take focus so keys can scroll it (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={scrolls ? 0 : undefined}
        // relative: the table's visually hidden words are placed inside the scroller, not beside the page.
        className="relative mt-3 overflow-x-auto focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t('overview.caption')}</caption>
          <OverviewHead parties={parties} labels={labels} sideOrder={sideOrder} />
          <tbody>
            {questions.slice(0, rows.shown).map((question, at) => {
              const status = statusOf(question.id);
              return (
                <tr
                  key={question.id}
                  ref={at === rows.shown - 1 ? rows.lastRow : undefined}
                  data-overview-question={question.id}
                >
                  <th
                    scope="row"
                    className="border-b border-stone-200 py-1.5 pe-2 text-start align-middle font-normal"
                  >
                    <a
                      href={`#${questionAnchor(question.id)}`}
                      className="text-stone-900 underline decoration-stone-400 underline-offset-2 hover:text-teal-800"
                    >
                      {localized(question.label, language)}
                    </a>
                  </th>
                  {parties.map((actorId) => (
                    <OverviewCell
                      key={actorId}
                      claims={cells.of(question.id, actorId)}
                      texts={texts}
                      hideEmpty={hideEmpty}
                    />
                  ))}
                  <td className="border-b border-stone-200 px-1 py-1.5 text-center align-middle">
                    <QuestionStatusBadge status={status} texts={texts} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
