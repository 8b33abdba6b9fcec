import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { ExportFormat } from '../utils/export-file-name';
import { Button } from '@/components/ui/button';

const labelKeys = { csv: 'exports.csv', json: 'exports.json', jsonld: 'exports.jsonLd' } as const;

interface ExportButtonsProps {
  formats: readonly ExportFormat[];
  hint: string;
  /** What the last export did, or why it could not: read out politely. */
  status: string;
  busy?: boolean;
  className?: string;
  onExport: (format: ExportFormat) => void;
}

/** A labelled group of download buttons with a live status line; never printed. */
export function ExportButtons({
  formats,
  hint,
  status,
  busy = false,
  className = '',
  onExport,
}: ExportButtonsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div
      role="group"
      aria-label={t('exports.label')}
      aria-describedby={hintId}
      data-exports=""
      className={`flex flex-wrap items-center gap-2 print:hidden ${className}`}
    >
      {formats.map((format) => (
        <Button
          key={format}
          disabled={busy}
          onClick={() => {
            onExport(format);
          }}
        >
          {t(labelKeys[format])}
        </Button>
      ))}
      <span id={hintId} className="sr-only">
        {hint}
      </span>
      {/* A live region without the status role: the list's result count is the page's status. */}
      <span aria-live="polite" aria-atomic="true" className="text-sm font-medium text-teal-900">
        {status}
      </span>
    </div>
  );
}
