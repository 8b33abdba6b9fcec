import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';

/**
 * The app's `useTranslation`: the `t` of the language on screen, and i18next itself, with
 * react-i18next's signature for what the app uses of it. react-i18next's own hook (17.x) copies
 * every property of the i18next instance into a new wrapper for each component that mounts: the
 * prerender's largest single cost (11% of its time over 3,500 pages), paid again by every view
 * the browser draws. This one subscribes to language changes and hands out one `t` per language.
 */
function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => {
    i18n.off('languageChanged', onChange);
  };
}

const fixedByLanguage = new Map<string, TFunction>();

function currentT(): TFunction {
  const language = i18n.language;
  let t = fixedByLanguage.get(language);
  if (t === undefined) {
    t = i18n.getFixedT(language);
    fixedByLanguage.set(language, t);
  }
  return t;
}

export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const t = useSyncExternalStore(subscribe, currentT, currentT);
  return { t, i18n };
}
