import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCorpusError, type CorpusError } from '@/corpus/rules/corpus-error';

const buttonClass =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

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
        <button
          type="button"
          className={buttonClass}
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
        </button>
        <span role="status" className="text-sm">
          {copied === 'copied' ? t('corpora.import.copied') : ''}
          {copied === 'failed' ? t('corpora.import.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
