import { useTranslation } from '@/lib/use-translation';
import { IsolatedText } from '@/components/ui/isolated-text';
import { isolate } from '@/lib/bidi-isolate';
import { formatList } from '@/lib/format-list';
import { useLanguage } from '@/lib/use-language';

const maxShownLength = 40;

/** Ids in `?actors=` that made no claim here: said plainly, the rest of the link still works. */
export function UnknownPartiesNotice({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (ids.length === 0) return null;
  const [open, close] = language === 'ar' ? ['«', '»'] : ['“', '”'];
  // Latin ids inside Arabic text are isolated so their hyphens do not reorder the sentence.
  const shown = ids.map((id) => {
    const text = id.length > maxShownLength ? `${id.slice(0, maxShownLength)}…` : id;
    return `${open}${isolate(text)}${close}`;
  });
  return (
    <p
      data-testid="unknown-parties"
      className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <IsolatedText
        text={t('compare.parties.unknown', { count: ids.length, ids: formatList(shown, language) })}
      />
    </p>
  );
}
