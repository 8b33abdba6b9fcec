import type { LanguageCode } from '../../src/config/languages.ts';
import { languagePath, paths } from '../../src/config/paths.ts';
import type { CorpusIndex, EventSummary, SourceSummary } from '../../src/corpus/shards.ts';

export const APP_NAME = 'Riwaya';
const appNames: Record<LanguageCode, string> = { en: APP_NAME, ar: 'رواية' };

/** What a shared link's preview shows for one page; plain text, escaped when rendered. */
export interface PageMeta {
  title: string;
  description: string;
  ogType: 'website' | 'article';
  /** The page's URL path, base included (`/riwaya/events/x`, `/riwaya/ar/events/x`). */
  path: string;
  language: LanguageCode;
  /** The same view's page in each language, base included: hreflang alternates. */
  alternates: Record<LanguageCode, string>;
}

/** The parts of the compiled index the pages need; the rest may change freely. */
export interface PageIndex {
  events: readonly Pick<EventSummary, 'id' | 'title' | 'summary'>[];
  sources: readonly Pick<
    SourceSummary,
    'id' | 'outlet' | 'title' | 'titleTranslation' | 'published'
  >[];
  actors: readonly Pick<CorpusIndex['actors'][number], 'id' | 'name'>[];
}

export interface PageEntry {
  /** Where the page's HTML goes, relative to the build's outDir. */
  file: string;
  meta: PageMeta;
  /** The event a comparison page shows, for its JSON-LD. */
  eventId?: string;
  /** The source a source page shows. */
  sourceId?: string;
  /** The party a party page shows. */
  actorId?: string;
}

/** `/` and `/riwaya/` stay; `/riwaya` gains its slash so paths join cleanly. */
export function normaliseBase(base: string): string {
  if (!base.startsWith('/')) {
    // Nested pages (events/<id>/index.html) would resolve relative asset URLs
    // against their own folder and load nothing.
    throw new Error(`BASE_PATH must be an absolute path such as "/" or "/riwaya/", got "${base}"`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Where the page of the view at `href` (`/events/x`) is written: `events/x/index.html`, the
 * folder page a static host serves for that URL.
 */
export function pageFile(href: string): string {
  const folder = decodeURIComponent(href.slice(1)).replace(/\/$/, '');
  return folder === '' ? 'index.html' : `${folder}/index.html`;
}

type PageText = Pick<PageMeta, 'title' | 'description' | 'ogType'>;

/** A view's page in one language: its file in the build, and its URL path under the base. */
function page(root: string, href: string, language: LanguageCode, text: PageText): PageEntry {
  const at = (lang: LanguageCode) => `${root}${languagePath(href, lang).slice(1)}`;
  return {
    file: pageFile(languagePath(href, language)),
    meta: { ...text, path: at(language), language, alternates: { en: at('en'), ar: at('ar') } },
  };
}

type Words = Record<LanguageCode, string>;

/** App pages that exist whatever the corpus holds, with what a link preview should say. */
const fixedPages: readonly { href: string; title: Words; description: Words }[] = [
  {
    href: paths.timeline.getHref(),
    title: { en: 'Timeline', ar: 'الخط الزمني' },
    description: {
      en: 'When each party said what: events and claims on a time axis, with the list’s filters.',
      ar: 'متى قال كل طرف ماذا: الأحداث والادعاءات على محور زمني، مع مرشّحات القائمة.',
    },
  },
  {
    href: paths.map.getHref(),
    title: { en: 'Map', ar: 'الخريطة' },
    description: {
      en: 'Where each event happened, as precisely as the sources allow, with the list’s filters.',
      ar: 'أين وقع كل حدث، بالدقة التي تسمح بها المصادر، مع مرشّحات القائمة.',
    },
  },
  {
    href: paths.actors.getHref(),
    title: { en: 'Parties', ar: 'الأطراف' },
    description: {
      en: 'Every party in the corpus by side and kind: how many claims it made, in how many events, and on how many questions others contradict it.',
      ar: 'كل طرف في المجموعة بحسب جهته ونوعه: كم ادعاءً قدّم، وفي كم حدثًا، وفي كم مسألة تناقضه الأطراف الأخرى.',
    },
  },
  {
    href: paths.corpora.getHref(),
    title: { en: 'Corpora', ar: 'مجموعات النصوص' },
    description: {
      en: 'The bundled corpus and the ones imported in this browser.',
      ar: 'المجموعة المرفقة بالموقع والمجموعات المستوردة في هذا المتصفح.',
    },
  },
  {
    href: paths.sources.getHref(),
    title: { en: 'Sources', ar: 'المصادر' },
    description: {
      en: 'Every article the corpus quotes: outlet, title, date, language, and how many claims and events cite it.',
      ar: 'كل مقال تقتبس منه المجموعة: الوسيلة والعنوان والتاريخ واللغة، وكم ادعاءً وحدثًا يستشهد به.',
    },
  },
];

/** The home page's description in Arabic; the English one is the shell's own <meta>. */
const homeDescriptionAr =
  'تضع رواية روايات الأطراف عن الحدث نفسه جنباً إلى جنب: من يدّعي ماذا، وأين تتفق الروايات، وأين يناقض بعضها بعضاً.';

const sourceWords: Record<LanguageCode, { original: string; highlighted: string }> = {
  en: {
    original: 'Original title',
    highlighted: 'The source text with every claim quoted from it highlighted.',
  },
  ar: { original: 'العنوان الأصلي', highlighted: 'نص المصدر مع إبراز كل ادعاء مقتبس منه.' },
};

/**
 * One entry per language for the list, every event, source and party, and the fixed pages,
 * at each view's URL (src/config/paths.ts): English at the root, Arabic under `/ar/`.
 * `homeDescription` is the shell's English description.
 */
export function pageEntries(index: PageIndex, base: string, homeDescription: string): PageEntry[] {
  const root = normaliseBase(base);
  const entries: PageEntry[] = [];
  for (const lang of ['en', 'ar'] as const) {
    const appName = appNames[lang];
    const titled = (title: string) => `${title} — ${appName}`;
    const outletNames = new Map(index.actors.map((actor) => [actor.id, actor.name[lang]]));

    entries.push(
      page(root, paths.home.getHref(), lang, {
        title: appName,
        description: lang === 'en' ? homeDescription : homeDescriptionAr,
        ogType: 'website',
      }),
    );
    for (const event of index.events) {
      entries.push({
        ...page(root, paths.event.getHref(event.id), lang, {
          title: titled(event.title[lang]),
          description: event.summary[lang],
          ogType: 'article',
        }),
        eventId: event.id,
      });
    }
    for (const source of index.sources) {
      const outlet = source.outlet ? outletNames.get(source.outlet) : undefined;
      const byline = [outlet, source.published.value]
        .filter(Boolean)
        .join(lang === 'ar' ? '، ' : ', ');
      const words = sourceWords[lang];
      entries.push({
        ...page(root, paths.source.getHref(source.id), lang, {
          // Titles are translated into English only; the Arabic page names the original.
          title: titled(
            lang === 'en' ? (source.titleTranslation?.en ?? source.title) : source.title,
          ),
          description: `${byline ? `${byline}. ` : ''}${words.original}: ${source.title}. ${words.highlighted}`,
          ogType: 'article',
        }),
        sourceId: source.id,
      });
    }
    for (const actor of index.actors) {
      const other = actor.name[lang === 'en' ? 'ar' : 'en'];
      entries.push({
        ...page(root, paths.actor.getHref(actor.id), lang, {
          title: titled(actor.name[lang]),
          description:
            lang === 'en'
              ? `${actor.name.en} (${other}): every claim it made in this corpus, and who contradicts it.`
              : `${actor.name.ar} (${other}): كل ادعاء قدّمه في هذه المجموعة، ومن يناقضه.`,
          ogType: 'website',
        }),
        actorId: actor.id,
      });
    }
    for (const fixed of fixedPages) {
      entries.push(
        page(root, fixed.href, lang, {
          title: titled(fixed.title[lang]),
          description: fixed.description[lang],
          ogType: 'website',
        }),
      );
    }
  }
  return entries;
}
