import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLanguage, isLanguageCode, type LanguageCode } from '@/config/languages';

interface LanguagePreferenceState {
  /** The reader's own choice; a `?lang=` in the URL overrides it for that view. */
  preferred: LanguageCode;
  setPreferred: (language: LanguageCode) => void;
}

function browserLanguage(): LanguageCode {
  if (typeof navigator === 'undefined') return defaultLanguage;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : defaultLanguage;
}

export const useLanguagePreference = create<LanguagePreferenceState>()(
  persist(
    (set) => ({
      preferred: browserLanguage(),
      setPreferred: (language) => {
        set({ preferred: language });
      },
    }),
    {
      name: 'riwaya-language',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ preferred: state.preferred }),
      // A tampered value in storage falls back to the default, never breaks the app.
      merge: (persisted, current) => {
        const preferred =
          typeof persisted === 'object' && persisted !== null && 'preferred' in persisted
            ? persisted.preferred
            : undefined;
        return { ...current, preferred: isLanguageCode(preferred) ? preferred : current.preferred };
      },
    },
  ),
);
