import { useState } from 'react';
import { Button } from './button';

/** What the two steps say, in the interface's language, naming the thing to delete. */
export interface ConfirmDeleteWords {
  /** The first button. */
  delete: string;
  /** Its accessible name, with the thing's title. */
  deleteLabel: string;
  /** The question of the second step, with the title. */
  confirmDelete: string;
  confirm: string;
  keep: string;
  /** Shown when deleting failed; the thing is still there. */
  failed: string;
}

/**
 * Delete in two steps, for what cannot come back once gone (an imported corpus, a draft): the
 * first click asks, the second deletes. A failed delete says so and leaves the thing listed.
 */
export function ConfirmDeleteButton({
  words,
  onDelete,
}: {
  words: ConfirmDeleteWords;
  /** Deletes; a rejection shows `words.failed`. */
  onDelete: () => Promise<unknown>;
}) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'failed'>('idle');

  if (step !== 'confirm') {
    return (
      <>
        <Button
          aria-label={words.deleteLabel}
          onClick={() => {
            setStep('confirm');
          }}
        >
          {words.delete}
        </Button>
        {step === 'failed' ? (
          <span role="alert" className="text-sm text-red-800">
            {words.failed}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <div
      role="group"
      aria-label={words.confirmDelete}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm">{words.confirmDelete}</span>
      <Button
        variant="danger"
        onClick={() => {
          onDelete().catch(() => {
            setStep('failed');
          });
        }}
      >
        {words.confirm}
      </Button>
      <Button
        onClick={() => {
          setStep('idle');
        }}
      >
        {words.keep}
      </Button>
    </div>
  );
}
