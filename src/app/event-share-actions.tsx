import { CopySnapshotLinkButton } from '@/features/corpora/components/copy-snapshot-link-button';
import { ShareViewButton } from './share-view-button';

/**
 * How a reader shares an event: "Copy link" first, the everyday way; then,
 * smaller and explained, the self-contained link for chats and archives,
 * which carries the comparison inside it.
 */
export function EventShareActions({ eventId }: { eventId: string }) {
  return (
    <div className="space-y-2">
      {/* Positioned and as wide as its confirmation, which opens under it, never off screen. */}
      <div className="relative w-fit max-w-full min-w-80">
        <ShareViewButton placement="event" />
      </div>
      <CopySnapshotLinkButton eventId={eventId} />
    </div>
  );
}
