import { useQueryClient } from '@tanstack/react-query';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { permalinkCorpus, type SiteAddress } from '@/lib/json-ld/permalink';
import { currentSiteRoot } from '@/lib/site-root';

/**
 * Where a claim's permalink points, worked out when asked (a click), not on
 * render: a comparison has hundreds of cards, and a query observer each for
 * an address nobody may want would cost the whole view. The indexes are read
 * from the cache the page already filled; only a self-contained link's
 * bundled index may still need fetching.
 */
export function useSiteAddressOnDemand(): () => Promise<SiteAddress | undefined> {
  const queryClient = useQueryClient();
  const source = useCorpusSource();
  return async () => {
    const corpusId = queryClient.getQueryData(corpusIndexQueryOptions(source).queryKey)?.corpus.id;
    if (corpusId === undefined) return undefined;
    let bundledId: string | undefined;
    if (source.kind === 'snapshot') {
      try {
        const bundled = await queryClient.query({
          ...corpusIndexQueryOptions(bundledCorpusSource),
          staleTime: 'static',
        });
        bundledId = bundled.corpus.id;
      } catch {
        // Without the bundled corpus the link names its corpus, which still opens where imported.
        bundledId = undefined;
      }
    }
    return { root: currentSiteRoot(), corpus: permalinkCorpus(source, corpusId, bundledId) };
  };
}
