import { useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { MAX_LISTED_PROBLEMS, SHOWN_PROBLEMS } from '@/corpus/limits';
import { formatCorpusError, type CorpusError } from '@/corpus/rules/corpus-error';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';

interface ImportErrorsProps {
  fileName: string;
  errors: CorpusError[];
  /** Problems the compiler counted past its bound, not in `errors`. */
  unlisted?: number;
}

/**
 * The problems, one `file: path: reason` line each, as `npm run corpus`
 * prints them, so a reader can fix the files with the same messages. Text
 * from the dropped file appears only as text. Only the first few hundred are
 * rendered (one broken zip gave 1.5 million, and rendering them froze the
 * page); the button copies every line the compiler listed.
 */
export function ImportErrors({ fileName, errors, unlisted = 0 }: ImportErrorsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const shown = useMemo(() => errors.slice(0, SHOWN_PROBLEMS).map(formatCorpusError), [errors]);
  const total = errors.length + unlisted;
  const hidden = total - shown.length;

  const copyAll = () => {
    const lines = errors.map(formatCorpusError);
    if (unlisted > 0) {
      lines.push(
        `… ${unlisted} more problems, not listed: the check lists the first ${errors.length}`,
      );
    }
    navigator.clipboard.writeText(lines.join('\n')).then(
      () => {
        setCopied('copied');
      },
      () => {
        setCopied('failed');
      },
    );
  };

  return (
    <div role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">
        {t('corpora.import.invalidTitle', { count: total, file: fileName })}
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
        {shown.map((line, position) => (
          <li key={position} className="py-0.5">
            {line}
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="mt-2 text-sm font-medium">
          {t('corpora.import.moreProblems', { count: hidden })}
        </p>
      ) : null}
      {unlisted > 0 ? (
        <p className="mt-1 text-sm">
          {t('corpora.import.unlistedProblems', {
            limit: formatNumber(MAX_LISTED_PROBLEMS, language),
          })}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button onClick={copyAll}>
          {t('corpora.import.copyAllErrors', { count: errors.length })}
        </Button>
        <span role="status" className="text-sm">
          {copied === 'copied' ? t('corpora.import.copied') : ''}
          {copied === 'failed' ? t('corpora.import.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
