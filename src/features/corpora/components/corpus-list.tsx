import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { formatTimestamp } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useImportedCorpora } from '../api/get-imported-corpora';
import { CorpusCard } from './corpus-card';
import { DeleteCorpusButton } from './delete-corpus-button';

interface CorpusListProps {
  /** The `?corpus=` id in use; undefined for the bundled corpus. */
  activeId: string | undefined;
  onDeleted: (id: string) => void;
}

/** The bundled corpus, then every corpus imported into this browser, newest first. */
export function CorpusList({ activeId, onDeleted }: CorpusListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The bundled index, whichever corpus is active: this list shows both.
  const bundled = useQuery(corpusIndexQueryOptions(bundledCorpusSource));
  const imported = useImportedCorpora();

  return (
    <section aria-labelledby="corpora-list-title" className="mt-8">
      <h2 id="corpora-list-title" className="text-xl font-semibold">
        {t('corpora.list.heading')}
      </h2>
      <ul className="mt-3 grid gap-3">
        {bundled.isSuccess ? (
          <CorpusCard
            id={undefined}
            title={localized(bundled.data.corpus.title, language)}
            origin={t('corpora.list.bundled')}
            counts={{
              events: bundled.data.events.length,
              sources: bundled.data.sourceCount,
              claims: bundled.data.events.reduce((sum, event) => sum + event.claimCount, 0),
            }}
            active={activeId === undefined}
          />
        ) : null}
        {imported.data?.map((corpus) => {
          const title = localized(corpus.title, language);
          return (
            <CorpusCard
              key={corpus.id}
              id={corpus.id}
              title={title}
              origin={t('corpora.list.imported', {
                date: formatTimestamp(new Date(corpus.importedAt), language),
                file: corpus.fileName,
              })}
              counts={{
                events: corpus.eventCount,
                sources: corpus.sourceCount,
                claims: corpus.claimCount,
              }}
              active={activeId === corpus.id}
            >
              <DeleteCorpusButton id={corpus.id} title={title} onDeleted={onDeleted} />
            </CorpusCard>
          );
        })}
      </ul>
      {bundled.isPending || imported.isPending ? <LoadingState /> : null}
      {bundled.isError ? (
        <ErrorState detail={bundled.error.message} onRetry={() => void bundled.refetch()} />
      ) : null}
      {imported.isError ? (
        <ErrorState
          message={t('corpora.list.storageError')}
          detail={imported.error.message}
          onRetry={() => void imported.refetch()}
        />
      ) : null}
      {imported.data?.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">{t('corpora.list.empty')}</p>
      ) : null}
    </section>
  );
}
