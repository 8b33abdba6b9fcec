import { useDirectoryShard } from '@/api/get-directory-shard';
import type { CorpusIndex } from '@/corpus/shards';
import { useSourceLocators } from '../api/get-source-locators';
import type { SourceRow } from '../utils/source-rows';

export type SourceRowsState =
  | { status: 'pending' }
  | { status: 'error'; detail: string; retry: () => void }
  | { status: 'success'; rows: SourceRow[]; counted: boolean };

/**
 * The sources index's rows: from the directory shard, counts included; or, for a corpus compiled
 * before it existed, every source's summary from the locator buckets, without counts.
 */
export function useSourceRows(index: CorpusIndex): SourceRowsState {
  const directory = useDirectoryShard(index.directory);
  const locators = useSourceLocators(index.directory === undefined ? index.sourceLocator : []);
  if (index.directory !== undefined) {
    if (directory.isError) {
      return {
        status: 'error',
        detail: directory.error.message,
        retry: () => void directory.refetch(),
      };
    }
    if (!directory.isSuccess) return { status: 'pending' };
    return {
      status: 'success',
      counted: true,
      rows: directory.data.sources.map(({ claims, events, ...summary }) => ({
        summary,
        claims,
        events,
      })),
    };
  }
  if (locators.error) {
    return { status: 'error', detail: locators.error.message, retry: locators.retry };
  }
  if (!locators.sources) return { status: 'pending' };
  return {
    status: 'success',
    counted: false,
    rows: locators.sources.map((summary) => ({ summary })),
  };
}
