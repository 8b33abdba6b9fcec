import { useQuery } from '@tanstack/react-query';
import { corpusIndexQueryOptions, useCorpusIndex } from '@/api/get-corpus-index';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { permalinkCorpus, type SiteAddress } from '../../../lib/json-ld/permalink';
import { currentSiteRoot } from '@/lib/site-root';

/**
 * Where this view's exported links point: this site, and the corpus on screen.
 * A self-contained link's corpus needs the bundled corpus's id to tell whether
 * it is that one; until it is known (or failed to load) this is undefined.
 */
export function useSiteAddress(): SiteAddress | undefined {
  const source = useCorpusSource();
  const corpusId = useCorpusIndex().data?.corpus.id;
  const bundled = useQuery({
    ...corpusIndexQueryOptions(bundledCorpusSource),
    enabled: source.kind === 'snapshot',
    select: (index) => index.corpus.id,
  });
  if (corpusId === undefined) return undefined;
  if (source.kind === 'snapshot' && bundled.isPending) return undefined;
  return {
    root: currentSiteRoot(),
    corpus: permalinkCorpus(source, corpusId, bundled.data),
  };
}
