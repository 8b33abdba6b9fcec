/**
 * The page's one script tag. A prerendered page reads completely without script, so the
 * browser paints it first, with nothing but the document, its stylesheet and its fonts on
 * the wire; the app (src/main.tsx) and the corpus index it starts from are fetched after
 * that paint, side by side, and take the page over. On a slow link they would otherwise
 * share it with the page's own bytes and hold back the first paint.
 *
 * Where the reader lands is settled first, before anything is painted: an old `?lang=ar`
 * link leaves the English page for the Arabic one at once.
 */
import './styles/index.css';
import { landingAddress, readPrerenderedPage } from '@/app/language-landing';
import { afterFirstPaint } from '@/lib/after-first-paint';
import { corpusUrl } from '@/lib/corpus-url';
import { yieldToBrowser } from '@/lib/yield-to-browser';
import { useLanguagePreference } from '@/stores/language-preference';

/** Every view starts from the corpus index: fetch it while the app's scripts load, not after. */
function preloadCorpusIndex(): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = corpusUrl('index.json');
  document.head.append(link);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container: HTMLElement = root;

const prerendered = readPrerenderedPage(document);
const landing = landingAddress(window.location, {
  base: import.meta.env.BASE_URL,
  preferred: useLanguagePreference.getState().preferred,
  page: prerendered,
});

if (landing.reload) {
  // An old `?lang=ar` link on the English page: the Arabic page exists, built for it.
  window.location.replace(landing.href);
} else {
  if (landing.href !== window.location.href) window.history.replaceState(null, '', landing.href);
  void afterFirstPaint(window, container)
    .then(() => {
      preloadCorpusIndex();
      return import('./main');
    })
    // The app's modules run in one task; it starts in the next.
    .then(async ({ start }) => {
      await yieldToBrowser();
      await start(container, landing, prerendered);
    });
}
