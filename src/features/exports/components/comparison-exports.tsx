import { useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import type { EventShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { useEventJsonLd } from '../hooks/use-event-json-ld';
import { currentSiteRoot } from '@/lib/site-root';
import { useSiteAddress } from '../hooks/use-site-address';
import { claimsCsv } from '../utils/claim-csv';
import { claimsJsonLd, eventJsonLd } from '@/lib/json-ld/claim-json-ld';
import { claimRows } from '../utils/claim-rows';
import { claimsJson } from '../utils/claims-json';
import { exportFileName, type ExportFormat } from '../utils/export-file-name';
import { claimsInGridOrder } from '@/lib/grid-order';
import { jsonLdText } from '@/lib/json-ld/json-ld-text';
import { downloadFile, mediaTypes } from './download-file';
import { ExportButtons } from './export-buttons';

interface ComparisonExportsProps {
  shard: EventShard;
  /** The party columns on screen, in their order: the export holds exactly their claims. */
  parties: readonly string[];
  lookups: CorpusLookups;
}

const formats = ['csv', 'json', 'jsonld'] as const;

/**
 * CSV, JSON and schema.org JSON-LD of the claims on screen, built when asked
 * for; and the event's graph in <head> while the comparison is shown.
 */
export function ComparisonExports({ shard, parties, lookups }: ComparisonExportsProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const site = useSiteAddress();
  const [status, setStatus] = useState('');
  const corpus = index.data?.corpus;
  const root = site?.root;
  const corpusParam = site?.corpus;

  const pageGraph = useMemo(
    () =>
      corpus === undefined || root === undefined
        ? undefined
        : () => jsonLdText(eventJsonLd(shard, corpus, lookups, { root, corpus: corpusParam })),
    [shard, corpus, lookups, root, corpusParam],
  );
  useEventJsonLd(pageGraph);

  const save = (format: ExportFormat) => {
    // Before a self-contained link's corpus is placed, links name it rather than none.
    const address = site ?? {
      root: currentSiteRoot(),
      corpus: corpus?.id,
    };
    const name = exportFileName(shard.event.id, format);
    const meta = corpus ?? { id: '', title: { en: '', ar: '' }, description: { en: '', ar: '' } };
    const claims = claimsInGridOrder(shard, parties);
    if (format === 'jsonld') {
      const graph = claimsJsonLd(shard, claims, meta, lookups, address);
      downloadFile(name, mediaTypes.jsonld, `${jsonLdText(graph)}\n`);
    } else {
      const rows = claimRows(shard, parties, lookups, address);
      const text =
        format === 'csv'
          ? claimsCsv(rows)
          : claimsJson(meta, { event: shard.event.id, actors: parties }, rows, new Date());
      downloadFile(name, mediaTypes[format], text);
    }
    setStatus(t('exports.done', { count: claims.length }));
  };

  return (
    <ExportButtons
      formats={formats}
      hint={t('exports.comparisonHint')}
      status={status}
      onExport={save}
    />
  );
}
