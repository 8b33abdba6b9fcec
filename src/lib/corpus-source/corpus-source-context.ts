import { createContext, useContext } from 'react';
import { bundledCorpusSource, type CorpusSource } from './corpus-source';

/**
 * The active corpus, provided once above the routes. Without a provider
 * (unit tests, a view rendered alone) it is the bundled corpus, as before.
 */
export const CorpusSourceContext = createContext<CorpusSource>(bundledCorpusSource);

export function useCorpusSource(): CorpusSource {
  return useContext(CorpusSourceContext);
}
