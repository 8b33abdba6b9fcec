import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { ManualCopyField } from '@/components/ui/manual-copy-field';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { useEventShard } from '@/api/get-event-shard';
import { corpusLookups } from '@/lib/corpus-lookups';
import { useCopyToClipboard } from '@/lib/use-copy-to-clipboard';
import type { snapshotLink } from '../utils/snapshot-link';

interface TooLarge {
  kind: 'too-large';
  size: number;
  limit: number;
}

const kb = (chars: number) => Math.ceil(chars / 1024);
// Fetched ahead, so the click writes to the clipboard while it still counts as the reader's gesture.
const loadCodec = () => import('../utils/snapshot-link');

/**
 * "Copy self-contained link", the event's second way to share, after "Copy link": the comparison on screen, its data packed into
 * the link's fragment, so it opens in any browser, without the corpus. The
 * fragment never reaches a server. Works on whichever corpus is active.
 */
export function CopySnapshotLinkButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const index = useCorpusIndex();
  // The id → event map every view shares: a search through 10,000 events on each render was not.
  const summary = index.data ? corpusLookups(index.data).events.get(eventId) : undefined;
  const shard = useEventShard(summary?.shard);
  const { state, copy: copyText, show } = useCopyToClipboard<TooLarge>();
  const [codec, setCodec] = useState<{ snapshotLink: typeof snapshotLink } | undefined>();
  // When a click looks likely (the pointer or focus on the button): the codec and the corpus
  // schema it validates with are for a click that may come, never for the page's first load.
  const warm = () => {
    if (!codec) void loadCodec().then(setCodec);
  };
  if (!index.data || !shard.data) return null;
  const [indexData, shardData] = [index.data, shard.data];

  const copyWith = (loaded: { snapshotLink: typeof snapshotLink }) => {
    const link = loaded.snapshotLink(window.location.href, indexData, shardData);
    if (!link.ok) {
      show({ kind: 'too-large', size: link.size, limit: link.limit });
      return;
    }
    void copyText(link.url);
  };

  // Usually loaded long before a click; if not, the click waits for it (still within the gesture's activation window).
  const copy = () => {
    if (codec) copyWith(codec);
    else void loadCodec().then(copyWith);
  };

  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      {/* A lesser choice than "Copy link" beside it: quiet, and saying what it is for. */}
      <Button
        variant="quiet"
        size="inline"
        onClick={copy}
        onPointerEnter={warm}
        onFocus={warm}
        aria-describedby={hintId}
      >
        {t('corpora.snapshot.copy')}
      </Button>
      <span id={hintId} className="text-sm text-stone-700">
        {t('corpora.snapshot.hint')}
      </span>
      <span role="status" className="text-sm font-medium text-teal-900">
        {state.kind === 'copied' ? t('corpora.snapshot.copied') : ''}
        {state.kind === 'too-large'
          ? t('corpora.snapshot.tooLarge', { size: kb(state.size), limit: kb(state.limit) })
          : ''}
        {state.kind === 'failed' ? t('corpora.snapshot.failed') : ''}
      </span>
      {state.kind === 'failed' ? (
        <ManualCopyField
          url={state.text}
          label={t('corpora.snapshot.linkLabel')}
          className="w-full max-w-md"
        />
      ) : null}
    </div>
  );
}
