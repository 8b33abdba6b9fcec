import { useTranslation } from '@/lib/use-translation';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CorpusList } from './corpus-list';
import { ImportPanel } from './import-panel';

export interface CorporaPageProps {
  activeId: string | undefined;
  /** Makes a corpus the active one (undefined: the bundled corpus). */
  onActivate: (id: string | undefined) => void;
}

/** /corpora: which corpora this browser has, which one is in use, and a way to add one. */
export function CorporaPage({ activeId, onActivate }: CorporaPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('corpora.title'));
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">{t('corpora.title')}</h1>
      <p className="mt-2 text-stone-700">{t('corpora.intro')}</p>
      <ImportPanel
        onImported={(corpus: ImportedCorpus) => {
          onActivate(corpus.id);
        }}
      />
      <CorpusList
        activeId={activeId}
        onDeleted={(id) => {
          if (id === activeId) onActivate(undefined);
        }}
      />
    </div>
  );
}
