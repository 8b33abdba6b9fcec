import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import type { EventShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { claimsCsv } from '../utils/claim-csv';
import { claimsJsonLd } from '../utils/claim-json-ld';
import { claimRows } from '../utils/claim-rows';
import { claimsJson } from '../utils/claims-json';
import { exportFileName, type ExportFormat } from '../utils/export-file-name';
import { claimsInGridOrder } from '../utils/grid-order';
import { jsonLdText } from '../utils/json-ld-text';
import { siteRootOf } from '../utils/permalink';
import { downloadFile, mediaTypes } from './download-file';
import { ExportButtons } from './export-buttons';

interface ComparisonExportsProps {
  shard: EventShard;
  /** The party columns on screen, in their order: the export holds exactly their claims. */
  parties: readonly string[];
  lookups: CorpusLookups;
}

const formats = ['csv', 'json', 'jsonld'] as const;

/** CSV, JSON and schema.org JSON-LD of the claims on screen, built when asked for. */
export function ComparisonExports({ shard, parties, lookups }: ComparisonExportsProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const [status, setStatus] = useState('');

  const save = (format: ExportFormat) => {
    const siteRoot = siteRootOf(window.location.origin, import.meta.env.BASE_URL);
    const name = exportFileName(shard.event.id, format);
    const corpus = index.data?.corpus ?? {
      id: '',
      title: { en: '', ar: '' },
      description: { en: '', ar: '' },
    };
    const claims = claimsInGridOrder(shard, parties);
    if (format === 'jsonld') {
      const graph = claimsJsonLd(shard, claims, corpus, lookups, siteRoot);
      downloadFile(name, mediaTypes.jsonld, `${jsonLdText(graph)}\n`);
    } else {
      const rows = claimRows(shard, parties, lookups, siteRoot);
      const text =
        format === 'csv'
          ? claimsCsv(rows)
          : claimsJson(corpus, { event: shard.event.id, actors: parties }, rows, new Date());
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
