import type { ReactNode } from 'react';
import { Button } from './button';
import { ManualCopyField } from './manual-copy-field';

interface CopyStatusPopoverProps {
  /** Something to say: the box is drawn. Otherwise its live region stays, visually hidden. */
  open: boolean;
  /** "Link copied", "Could not copy…": announced in the live region. */
  message: ReactNode;
  /** When the clipboard refused: the text to copy by hand, and how to close the field. */
  manual?:
    | {
        text: string;
        label: string;
        closeLabel: string;
        onClose: () => void;
        /** Several lines (a citation) rather than one link. */
        multiline?: boolean;
      }
    | undefined;
}

/**
 * What a copy button says back, drawn over the page at the end of the nearest
 * positioned ancestor, so a confirmation never moves the content; where the
 * clipboard refused, the text to copy by hand. The live region is always in
 * the page, so each new message is announced.
 */
export function CopyStatusPopover({ open, message, manual }: CopyStatusPopoverProps) {
  return (
    <span
      className={
        open
          ? 'absolute end-0 top-full z-30 mt-2 block w-80 max-w-[calc(100vw-2rem)] rounded-md border border-teal-800 bg-white p-3 text-sm shadow-lg'
          : 'sr-only'
      }
    >
      <span role="status" className="block font-medium text-teal-900">
        {message}
      </span>
      {manual ? (
        <span className="mt-2 flex gap-2">
          <ManualCopyField
            url={manual.text}
            label={manual.label}
            multiline={manual.multiline ?? false}
            className="min-w-0 flex-1"
          />
          <Button onClick={manual.onClose}>{manual.closeLabel}</Button>
        </span>
      ) : null}
    </span>
  );
}
