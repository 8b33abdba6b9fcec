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
/** What a plain `t(key)` gave, per language: the same words for every card of a long page. */
const plainByLanguage = new Map<string, Map<string, string>>();

// A catalogue that arrives (Arabic, loaded when first asked for) or goes changes the words.
i18n.store.on('added', () => {
  plainByLanguage.clear();
});
i18n.store.on('removed', () => {
  plainByLanguage.clear();
});

/**
 * The language's `t`, remembering what each plain `t(key)` (no options: no count, no values)
 * gave. i18next resolves a key anew on every call: about 12% of the prerender's time over
 * 96,000 pages, calls with options included. A call with options still goes to i18next each
 * time.
 */
function rememberingT(language: string): TFunction {
  const fixed = i18n.getFixedT(language);
  // i18next's overloads type its keys; the wrapper passes whatever it is given through.
  const call = fixed as unknown as (...params: unknown[]) => unknown;
  const remembering = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') {
      return call(...args);
    }
    let plain = plainByLanguage.get(language);
    if (plain === undefined) {
      plain = new Map();
      plainByLanguage.set(language, plain);
    }
    let words = plain.get(key);
    if (words === undefined) {
      words = String(call(key));
      plain.set(key, words);
    }
    return words;
  };
  return Object.assign(remembering, fixed);
}

function currentT(): TFunction {
  const language = i18n.language;
  let t = fixedByLanguage.get(language);
  if (t === undefined) {
    t = rememberingT(language);
    fixedByLanguage.set(language, t);
  }
  return t;
}

export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const t = useSyncExternalStore(subscribe, currentT, currentT);
  return { t, i18n };
}
