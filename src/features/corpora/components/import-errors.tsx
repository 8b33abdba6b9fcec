import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCorpusError, type CorpusError } from '@/corpus/rules/corpus-error';
import { Button } from '@/components/ui/button';

/**
 * Every problem, one `file: path: reason` line each, as `npm run corpus`
 * prints them, so a reader can fix the files with the same messages. Text
 * from the dropped file appears only as text.
 */
export function ImportErrors({ fileName, errors }: { fileName: string; errors: CorpusError[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const lines = errors.map(formatCorpusError);

  return (
    <div role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">
        {t('corpora.import.invalidTitle', { count: errors.length, file: fileName })}
      </p>
      <p className="mt-1 text-sm">{t('corpora.import.invalidHint')}</p>
      <ol
        aria-label={t('corpora.import.errorListLabel')}
        // It scrolls, so keyboard readers must be able to focus it (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        dir="ltr"
        className="mt-3 max-h-80 list-none overflow-auto rounded border border-red-200 bg-white p-2 font-mono text-xs text-start break-all"
      >
        {lines.map((line, position) => (
          <li key={position} className="py-0.5">
            {line}
          </li>
        ))}
      </ol>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button
          onClick={() => {
            navigator.clipboard.writeText(lines.join('\n')).then(
              () => {
                setCopied('copied');
              },
              () => {
                setCopied('failed');
              },
            );
          }}
        >
          {t('corpora.import.copyErrors')}
        </Button>
        <span role="status" className="text-sm">
          {copied === 'copied' ? t('corpora.import.copied') : ''}
          {copied === 'failed' ? t('corpora.import.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
