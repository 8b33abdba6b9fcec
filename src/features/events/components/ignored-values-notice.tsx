import { useTranslation } from '@/lib/use-translation';
import { IsolatedText } from '@/components/ui/isolated-text';
import { isolate } from '@/lib/bidi-isolate';
import { formatList } from '@/lib/format-list';
import { useLanguage } from '@/lib/use-language';
import type { IgnoredValue } from '@/lib/event-filters/list-search';

const maxShownLength = 40;
/** A link can repeat a key thousands of times: the notice names the first few and counts the rest. */
const maxShownValues = 10;

/** Values from a link the list could not use: said plainly, never a crash. */
export function IgnoredValuesNotice({ ignored }: { ignored: readonly IgnoredValue[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (ignored.length === 0) return null;
  const values = ignored.slice(0, maxShownValues).map(({ key, value }) =>
    t('eventFilters.ignoredValue', {
      key: t(`eventFilters.keys.${key}`),
      // A link's values are Latin ids and dates or any text: isolated from the sentence.
      value: isolate(value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value),
    }),
  );
  const more = ignored.length - maxShownValues;
  if (more > 0) values.push(t('eventFilters.ignoredMore', { count: more }));
  return (
    <p className="mb-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <IsolatedText text={t('eventFilters.ignored', { values: formatList(values, language) })} />
    </p>
  );
}
