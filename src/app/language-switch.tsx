import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { useLanguage } from '@/lib/use-language';
import { useLanguagePreference } from '@/stores/language-preference';
import { Button } from '@/components/ui/button';

/** Saves the choice, and rewrites `?lang=` when the current link carries one. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const setPreferred = useLanguagePreference((state) => state.setPreferred);
  const navigate = useNavigate();
  const hasLanguageOverride = useSearch({
    strict: false,
    select: (search) => search.lang !== undefined,
  });
  const next = language === 'ar' ? 'en' : 'ar';
  // A reader about to switch is about to need the other catalogue: start loading it.
  const prefetch = () => void i18n.loadLanguages(next);

  return (
    <Button
      lang={next}
      aria-label={t('language.switchToLabel')}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => {
        setPreferred(next);
        if (hasLanguageOverride) {
          void navigate({
            to: '.',
            search: (previous) => ({ ...previous, lang: next }),
            replace: true,
            hash: (previous) => previous ?? '',
          });
        }
      }}
    >
      {t('language.switchTo')}
    </Button>
  );
}
