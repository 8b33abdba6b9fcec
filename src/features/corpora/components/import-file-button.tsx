import { Button } from '@/components/ui/button';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { useCorpusImport } from '../hooks/use-corpus-import';
import { ImportProgress } from './import-progress';

export interface ImportFileButtonProps {
  /** The button's words, from the page that offers it. */
  label: string;
  /** The corpus file to import (a bundle or a zipped folder), made on click. */
  file: () => File;
  onImported: (corpus: ImportedCorpus) => void;
}

/**
 * One click imports a file made elsewhere in the app (the workbench's zip) through the very
 * pipeline of the Corpora page: checked by the compiler in a worker, asked before it would
 * replace a stored corpus of the same id, stored in one transaction. Progress and every problem
 * show beside the button; `onImported` then takes the reader to it.
 */
export function ImportFileButton({ label, file, onImported }: ImportFileButtonProps) {
  const { state, start, cancel, resolve } = useCorpusImport(onImported);
  const busy = state.status === 'working';

  return (
    <div>
      <Button variant="primary" size="md" disabled={busy} onClick={() => void start(file())}>
        {label}
      </Button>
      <ImportProgress state={state} cancel={cancel} resolve={resolve} />
    </div>
  );
}
