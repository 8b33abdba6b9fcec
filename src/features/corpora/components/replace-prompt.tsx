import { useEffect, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { formatTimestamp } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import type { ConflictChoice } from '../hooks/use-corpus-import';

interface ReplacePromptProps {
  fileName: string;
  incoming: ImportedCorpus;
  existing: ImportedCorpus;
  onChoose: (choice: ConflictChoice) => void;
}

/**
 * Asked before an import would replace a stored corpus of the same id: a reader's earlier
 * import (perhaps their own edits) is never overwritten unseen. Names both corpora, and
 * offers to replace, keep both (the new one under a free id), or stop.
 */
export function ReplacePrompt({ fileName, incoming, existing, onChoose }: ReplacePromptProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);

  // The question appears after seconds of checking: move the reader to it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section
      aria-labelledby="replace-title"
      className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h3
        id="replace-title"
        ref={heading}
        tabIndex={-1}
        className="font-semibold focus:outline-none"
      >
        {t('corpora.replace.title', { id: existing.id })}
      </h3>
      <p className="mt-2">
        {t('corpora.replace.body', {
          existing: localized(existing.title, language),
          date: formatTimestamp(new Date(existing.importedAt), language),
          existingFile: existing.fileName,
          incoming: localized(incoming.title, language),
          file: fileName,
        })}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          onClick={() => {
            onChoose('replace');
          }}
        >
          {t('corpora.replace.replace')}
        </Button>
        <Button
          onClick={() => {
            onChoose('keep-both');
          }}
        >
          {t('corpora.replace.keepBoth')}
        </Button>
        <Button
          onClick={() => {
            onChoose('cancel');
          }}
        >
          {t('corpora.replace.cancel')}
        </Button>
      </div>
    </section>
  );
}
