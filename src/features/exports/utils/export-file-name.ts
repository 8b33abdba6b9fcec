export type ExportFormat = 'csv' | 'json' | 'jsonld';

const extensions: Record<ExportFormat, string> = { csv: 'csv', json: 'json', jsonld: 'jsonld' };

/**
 * `riwaya-<event-id>-claims.csv` for a comparison, `riwaya-events-claims.csv`
 * for the list. Ids are slugs already; anything else is reduced to one, so a
 * name can never carry a path or a shell character.
 */
export function exportFileName(subject: string, format: ExportFormat): string {
  const slug =
    subject
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'export';
  return `riwaya-${slug}-claims.${extensions[format]}`;
}
