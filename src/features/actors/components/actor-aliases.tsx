import { useTranslation } from '@/lib/use-translation';
import { directionOf } from '@/config/languages';
import type { Actor } from '@/corpus/schema';

/** Other names in both languages, each list marked with its own language and direction. */
export function ActorAliases({ aliases }: { aliases: Actor['aliases'] }) {
  const { t } = useTranslation();
  const lists = [
    { lang: 'ar', names: aliases.ar },
    { lang: 'en', names: aliases.en },
  ] as const;
  return (
    <div className="space-y-1">
      {lists.map(({ lang, names }) => (
        <p key={lang}>
          <span className="text-sm text-stone-600">{t(`actors.aliasesIn.${lang}`)}: </span>
          {names.length > 0 ? (
            <span lang={lang} dir={directionOf(lang)}>
              {names.join(lang === 'ar' ? '، ' : ', ')}
            </span>
          ) : (
            <span className="text-stone-600">{t('actors.none')}</span>
          )}
        </p>
      ))}
    </div>
  );
}
