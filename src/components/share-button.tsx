import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, type LanguageCode } from '@/config/languages';

/**
 * The link to exactly what is on screen. The router has already written the
 * view's state into the address; the language is added when it is not the
 * default, so the recipient reads the view in the same language even if their
 * browser prefers another.
 */
export function shareableUrl(href: string, language: LanguageCode): string {
  const url = new URL(href);
  if (language !== defaultLanguage) url.searchParams.set('lang', language);
  else if (url.searchParams.get('lang') === defaultLanguage) url.searchParams.delete('lang');
  // URLSearchParams escapes commas; lists stay readable as the router writes them.
  return url.toString().replaceAll('%2C', ',');
}

type CopyState = 'idle' | 'copied' | 'failed';

const buttonClass =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** "Copy link" (and "Share…" where the system offers it), confirmed in a live region. */
export function ShareButton({ language }: { language: LanguageCode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    const link = shareableUrl(window.location.href, language);
    setUrl(link);
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
      // The confirmation fades so a second copy is announced again.
      timer.current = window.setTimeout(() => {
        setState('idle');
      }, 4000);
    } catch {
      setState('failed');
    }
  };

  const share = async () => {
    try {
      await navigator.share({
        title: document.title,
        url: shareableUrl(window.location.href, language),
      });
    } catch {
      // The reader closed the share sheet, or the system refused: nothing to undo.
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {canShare ? (
        <button type="button" className={buttonClass} onClick={() => void share()}>
          {t('share.share')}
        </button>
      ) : null}
      <span role="status" className="text-sm font-medium text-teal-900">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.failed') : ''}
      </span>
      {state === 'failed' ? (
        <input
          readOnly
          dir="ltr"
          value={url}
          aria-label={t('share.linkLabel')}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          className="w-full max-w-md rounded-md border border-stone-300 px-2 py-1 font-mono text-xs"
        />
      ) : null}
    </div>
  );
}
