import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId } from 'react';
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
  const describedBy = useId();
  // A reader about to switch is about to need the other catalogue: start loading it.
  const prefetch = () => void i18n.loadLanguages(next);

  return (
    // Named by its words in the other language ("View in English"), which a reader looking for
    // that language recognises and a voice-control user can say (WCAG 2.5.3, label in name);
    // described in the page's language for a screen reader.
    <Button
      lang={next}
      aria-describedby={describedBy}
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
      <span id={describedBy} lang={language} hidden>
        {t('language.switchToLabel')}
      </span>
    </Button>
  );
}
