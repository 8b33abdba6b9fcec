import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { eventShardQueryOptions } from '@/api/get-event-shard';
import type { CorpusIndex, EventShard, EventSummary } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { chosenSpeakers } from '@/lib/event-filters/chosen-speakers';
import type { ListFilters } from '@/lib/event-filters/list-search';
import { defaultPartyOrder } from '@/lib/party-order';
import { currentSiteRoot } from '@/lib/site-root';
import { useSiteAddress } from '../hooks/use-site-address';
import { claimsCsv } from '../utils/claim-csv';
import { claimRows } from '../utils/claim-rows';
import { claimsJson } from '../utils/claims-json';
import { exportFileName } from '../utils/export-file-name';
import { downloadFile, mediaTypes } from './download-file';
import { ExportButtons } from './export-buttons';

/** Beyond this an export would fetch too much to be kind to a phone; the reader narrows first. */
export const maxExportEvents = 5000;
// A few shards at a time: quick on a good line, gentle on a static host.
const concurrency = 4;

interface ListExportProps {
  index: CorpusIndex;
  /** The events on screen under the active filters, in list order. */
  events: readonly EventSummary[];
  filters: ListFilters;
}

/**
 * The claims of the listed events, as CSV or JSON: every party's, or only the
 * chosen parties' when the list is filtered by party, as the list and the
 * timeline count them. Shards come through the shared query cache.
 */
export function ListExport({ index, events, filters }: ListExportProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The list may show an imported corpus: its shards come from the same source.
  const source = useCorpusSource();
  const site = useSiteAddress();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);
  // Set on every mount too: StrictMode mounts twice, and a reader may come back.
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  // A function, not the bare ref: it must be read afresh after every await.
  const isAlive = () => alive.current;

  const fetchShards = async (): Promise<EventShard[]> => {
    const shards: EventShard[] = new Array<EventShard>(events.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < events.length && isAlive()) {
        const position = next;
        next += 1;
        const event = events[position];
        if (!event) continue;
        shards[position] = await queryClient.query(eventShardQueryOptions(event.shard, source));
        done += 1;
        if (isAlive()) setStatus(t('exports.preparing', { done, count: events.length }));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return shards;
  };

  const save = async (format: 'csv' | 'json') => {
    if (events.length > maxExportEvents) {
      setStatus(t('exports.tooMany', { count: events.length, max: maxExportEvents }));
      return;
    }
    setBusy(true);
    try {
      const shards = await fetchShards();
      if (!isAlive()) return;
      const lookups = corpusLookups(index, shards);
      const address = site ?? {
        root: currentSiteRoot(),
        corpus: source.id,
      };
      // The parties the filter means: with their members unless the reader chose otherwise.
      const speakers = chosenSpeakers(filters, index.actors);
      const chosen = speakers ? new Set(speakers) : null;
      const rows = shards.flatMap((shard) => {
        const parties = defaultPartyOrder(shard.claims, lookups);
        const shown = chosen ? parties.filter((party) => chosen.has(party)) : parties;
        return claimRows(shard, shown, lookups, address);
      });
      const text =
        format === 'csv' ? claimsCsv(rows) : claimsJson(index.corpus, filters, rows, new Date());
      downloadFile(exportFileName('events', format), mediaTypes[format], text);
      setStatus(t('exports.done', { count: rows.length }));
    } catch (error) {
      if (isAlive()) {
        setStatus(t('exports.failed', { detail: error instanceof Error ? error.message : '' }));
      }
    } finally {
      if (isAlive()) setBusy(false);
    }
  };

  return (
    <ExportButtons
      formats={['csv', 'json']}
      hint={t('exports.listHint')}
      status={status}
      busy={busy}
      className="mt-2"
      onExport={(format) => {
        if (format !== 'jsonld') void save(format);
      }}
    />
  );
}
