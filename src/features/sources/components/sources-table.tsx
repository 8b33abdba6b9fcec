import { useId, type Ref } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { DateRangeInWords, useDateWords } from '@/components/ui/date-text';
import { directionOfTag, type LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import type { SourceSummary } from '@/corpus/shards';
import { formatNumber } from '@/lib/intl-format';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { languageName } from '../utils/language-name';
import type { SourceRow } from '../utils/source-rows';

interface SourcesTableProps {
  rows: readonly SourceRow[];
  caption: string;
  /** False for a corpus compiled without the directory: the count columns are left out. */
  counted: boolean;
  language: LanguageCode;
  outletOf: (summary: SourceSummary) => { name: string; actorId?: string | undefined };
  /** A ref for the title link of the row at `index`, if any (the first row a "Show more" added). */
  titleRef?: ((index: number) => Ref<HTMLAnchorElement> | undefined) | undefined;
}

const linkClass = 'font-medium text-teal-800 underline hover:text-teal-950';
const headClass = 'px-2 py-2 text-start align-bottom font-semibold sm:px-3';
const cellClass = 'px-2 py-2 align-top sm:px-3';

/**
 * The sources as a real table. On a phone the outlet, date and language columns fold into the
 * title's cell (the wide ones are display:none there, so no cell is read twice), which keeps
 * the table inside the screen; it still scrolls within its own labelled region if it must.
 */
export function SourcesTable({
  rows,
  caption,
  counted,
  language,
  outletOf,
  titleRef,
}: SourcesTableProps) {
  const { t } = useTranslation();
  const hrefOf = useAppHref();
  const words = useDateWords();
  const captionId = useId();
  const wide = 'hidden md:table-cell';

  const outletCell = (summary: SourceSummary) => {
    const { name, actorId } = outletOf(summary);
    return actorId ? (
      <AppAnchor href={hrefOf(paths.actor.getHref(actorId))} className={linkClass}>
        <bdi>{name}</bdi>
      </AppAnchor>
    ) : (
      <bdi className="text-stone-700">{name}</bdi>
    );
  };

  return (
    <div
      role="region"
      aria-labelledby={captionId}
      // Its links let a keyboard reach and scroll it should it ever overflow.
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white"
    >
      <table className="w-full border-collapse text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead className="border-b border-stone-300 bg-stone-100 text-stone-800">
          <tr>
            <th scope="col" className={`${headClass} ${wide}`}>
              {t('sources.index.columns.outlet')}
            </th>
            <th scope="col" className={headClass}>
              {t('sources.index.columns.title')}
            </th>
            <th scope="col" className={`${headClass} ${wide} whitespace-nowrap`}>
              {t('sources.index.columns.published')}
            </th>
            <th scope="col" className={`${headClass} ${wide}`}>
              {t('sources.index.columns.language')}
            </th>
            {counted ? (
              <>
                <th scope="col" className={`${headClass} text-end`}>
                  {t('sources.index.columns.claims')}
                </th>
                <th scope="col" className={`${headClass} text-end`}>
                  {t('sources.index.columns.events')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ summary, claims, events }, index) => {
            const date = (
              <DateRangeInWords
                range={{ from: summary.published }}
                language={language}
                words={words}
              />
            );
            const sourceLanguage = languageName(summary.language, language);
            return (
              <tr
                key={summary.id}
                data-source={summary.id}
                className="border-b border-stone-200 last:border-b-0"
              >
                <td className={`${cellClass} ${wide}`}>{outletCell(summary)}</td>
                <td className={cellClass}>
                  <AppAnchor
                    ref={titleRef?.(index)}
                    href={hrefOf(paths.source.getHref(summary.id))}
                    className={`${linkClass} text-base`}
                  >
                    <span lang={summary.language} dir={directionOfTag(summary.language)}>
                      {summary.title}
                    </span>
                  </AppAnchor>
                  {summary.titleTranslation ? (
                    <p lang="en" dir="ltr" className="mt-0.5 text-stone-700">
                      {summary.titleTranslation.en}
                    </p>
                  ) : null}
                  {/* What the wide columns say, for a phone. */}
                  <p className="mt-1 text-xs text-stone-700 md:hidden">
                    {outletCell(summary)} · {date} · {sourceLanguage}
                  </p>
                </td>
                <td className={`${cellClass} ${wide} whitespace-nowrap`}>{date}</td>
                <td className={`${cellClass} ${wide}`}>{sourceLanguage}</td>
                {counted ? (
                  <>
                    <td className={`${cellClass} text-end tabular-nums`}>
                      {formatNumber(claims ?? 0, language)}
                    </td>
                    <td className={`${cellClass} text-end tabular-nums`}>
                      {formatNumber(events ?? 0, language)}
                    </td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
