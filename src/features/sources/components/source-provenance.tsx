import { useTranslation } from '@/lib/use-translation';
import { DateRangeText } from '@/components/ui/date-text';
import type { SourceShard } from '@/corpus/shards';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';

const linkClass = 'break-all text-teal-800 underline hover:text-teal-950';

/**
 * Where the text was found, where a copy is kept, and when it was taken, each said plainly
 * "not recorded" when the corpus does not say, and why, when it says why: a reader checking a
 * quote needs to know, and needs to know whether to look for the original themselves.
 */
export function SourceProvenance({ source }: { source: SourceShard['source'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notRecorded = (
    <span data-not-recorded="" className="text-stone-700 italic">
      {t('sources.provenance.notRecorded')}
    </span>
  );
  const address = (url: string | undefined) =>
    url === undefined ? (
      notRecorded
    ) : (
      <a href={url} rel="noopener noreferrer" className={linkClass}>
        <bdi dir="ltr">{url}</bdi>
      </a>
    );
  const missing = [source.url, source.archivedUrl, source.retrieved].some(
    (field) => field === undefined,
  );
  const reason = missing && source.notRecorded ? source.notRecorded : undefined;
  return (
    <section aria-labelledby="source-provenance" className="mb-4 text-sm">
      <h2 id="source-provenance" className="sr-only">
        {t('sources.provenance.title')}
      </h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1">
        <dt className="font-semibold text-stone-800">{t('sources.provenance.original')}</dt>
        <dd data-field="url">{address(source.url)}</dd>
        <dt className="font-semibold text-stone-800">{t('sources.provenance.archived')}</dt>
        <dd data-field="archived">{address(source.archivedUrl)}</dd>
        <dt className="font-semibold text-stone-800">{t('sources.provenance.retrieved')}</dt>
        <dd data-field="retrieved">
          {source.retrieved === undefined ? (
            notRecorded
          ) : (
            <DateRangeText
              range={{ from: { value: source.retrieved, precision: 'day', basis: 'stated' } }}
            />
          )}
        </dd>
      </dl>
      {reason ? (
        <p data-field="why-not-recorded" className="mt-2 max-w-prose text-stone-800">
          <span className="font-semibold">{t('sources.provenance.why')}: </span>
          {localized(reason, language)}
        </p>
      ) : null}
    </section>
  );
}
