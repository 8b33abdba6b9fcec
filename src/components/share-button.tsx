import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManualCopyField } from '@/components/ui/manual-copy-field';

type CopyState =
  { kind: 'idle' } | { kind: 'copied' } | { kind: 'shared' } | { kind: 'failed'; url: string };

interface ShareButtonProps {
  /** The link to what is on screen, built when the reader asks for it. */
  getUrl: () => string;
  /** What the recipient needs for the link to open, said with the confirmation. */
  caveat?: string | undefined;
}

const buttonClass =
  'rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

// The confirmation fades so a second copy is announced again; a caveat is given time to be read.
const fadeAfter = (caveat: string | undefined) => (caveat ? 12_000 : 4000);

/**
 * "Copy link" (and "Share…" where the system offers it), confirmed in a live
 * region under the buttons. If the clipboard refuses, or is missing (an
 * insecure origin), the link is shown to copy by hand.
 */
export function ShareButton({ getUrl, caveat }: ShareButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const settle = (next: CopyState) => {
    window.clearTimeout(timer.current);
    setState(next);
    if (next.kind === 'failed') return;
    timer.current = window.setTimeout(() => {
      setState({ kind: 'idle' });
    }, fadeAfter(caveat));
  };

  const copy = async (url = getUrl()) => {
    try {
      // Not optional chaining: a missing clipboard API must land in the fallback below.
      await navigator.clipboard.writeText(url);
      settle({ kind: 'copied' });
    } catch {
      settle({ kind: 'failed', url });
    }
  };

  const share = async () => {
    const url = getUrl();
    try {
      await navigator.share({ title: document.title, url });
      settle({ kind: 'shared' });
    } catch (error) {
      // The reader closed the share sheet: nothing to undo. Anything else: copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy(url);
    }
  };

  const message =
    state.kind === 'copied'
      ? t('share.copied')
      : state.kind === 'failed'
        ? t('share.failed')
        : state.kind === 'shared'
          ? t('share.shared')
          : '';

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
      {/* Drawn over the page, at the end of the nearest positioned ancestor: a confirmation never moves the content. */}
      <div
        className={
          state.kind === 'idle'
            ? 'sr-only'
            : 'absolute end-0 top-full z-30 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-md border border-teal-800 bg-white p-3 text-sm shadow-lg'
        }
      >
        <p role="status" className="font-medium text-teal-900">
          {message}
          {message && caveat ? (
            <>
              {' '}
              <span className="mt-1 block font-normal text-stone-800">{caveat}</span>
            </>
          ) : null}
        </p>
        {state.kind === 'failed' ? (
          <div className="mt-2 flex gap-2">
            <ManualCopyField
              url={state.url}
              label={t('share.linkLabel')}
              className="min-w-0 flex-1"
            />
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                setState({ kind: 'idle' });
              }}
            >
              {t('share.close')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
