import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { CopyStatusPopover } from '@/components/ui/copy-status-popover';
import { useCopyToClipboard } from '@/lib/use-copy-to-clipboard';

interface ShareButtonProps {
  /** The link to what is on screen, built when the reader asks for it. */
  getUrl: () => string;
  /** What the recipient needs for the link to open, said with the confirmation. */
  caveat?: string | undefined;
}

// The confirmation fades so a second copy is announced again; a caveat is given time to be read.
const fadeAfter = (caveat: string | undefined) => (caveat ? 12_000 : 4000);

/**
 * "Copy link" (and "Share…" where the system offers it), confirmed in a live
 * region under the buttons. If the clipboard refuses, or is missing (an
 * insecure origin), the link is shown to copy by hand.
 */
export function ShareButton({ getUrl, caveat }: ShareButtonProps) {
  const { t } = useTranslation();
  const { state, copy, show, reset } = useCopyToClipboard<{ kind: 'shared' }>({
    fadeAfter: fadeAfter(caveat),
  });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const share = async () => {
    const url = getUrl();
    try {
      await navigator.share({ title: document.title, url });
      show({ kind: 'shared' });
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
      <Button onClick={() => void copy(getUrl())}>{t('share.copy')}</Button>
      {canShare ? <Button onClick={() => void share()}>{t('share.share')}</Button> : null}
      <CopyStatusPopover
        open={state.kind !== 'idle'}
        message={
          <>
            {message}
            {message && caveat ? (
              <>
                {' '}
                <span className="mt-1 block font-normal text-stone-800">{caveat}</span>
              </>
            ) : null}
          </>
        }
        manual={
          state.kind === 'failed'
            ? {
                text: state.text,
                label: t('share.linkLabel'),
                closeLabel: t('share.close'),
                onClose: reset,
              }
            : undefined
        }
      />
    </div>
  );
}
