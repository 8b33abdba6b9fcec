import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import { segmentedWords } from '@/corpus/search/search-segments';
import { prepareSearchText } from '@/corpus/search/search-text';
import type { EventSummary, SearchShard } from '@/corpus/shards';
import type { LanguageCode } from '@/config/languages';
import { corpusLookups } from '@/lib/corpus-lookups';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { cardSearch } from '../utils/card-search';
import { eventCardTexts } from '../utils/event-card-texts';
import { EventCard } from './event-card';

const lookups = corpusLookups(corpusIndexFixture);
const template = corpusIndexFixture.events.find((event) => event.id === 'jet-downed');
if (!template) throw new Error('the fixture has no jet-downed event');

const longSummary = {
  en: 'On Wednesday an L-39 aircraft made an emergency landing at Hama military airport. The factions said they had taken it out of service; hours later the Hmeimim base put it down to engine overheating.',
  ar: 'يوم الأربعاء هبطت طائرة من طراز «لام 39» اضطرارياً في مطار حماة العسكري. أعلنت الفصائل إخراجها عن الخدمة، وبعد ساعات أرجعت قاعدة حميميم الهبوط إلى ارتفاع حرارة المحرك.',
};

const event: EventSummary = {
  ...template,
  title: { ar: 'هبوط طائرة «لام 39» اضطرارياً', en: 'L-39 emergency landing at Hama' },
  summary: longSummary,
  parties: ['russian-mod', 'hts', 'sohr', 'syrian-army'],
  // The index names the first two disputed questions (LISTED_DISPUTES); the count has them all.
  disputedQuestionCount: 4,
  disputes: [
    {
      question: 'why-landed',
      title: { ar: 'لماذا هبطت الطائرة؟', en: 'Why did the L-39 land?' },
      parties: ['hts', 'russian-mod'],
    },
    {
      question: 'who-fired',
      title: { ar: 'من أطلق النار؟', en: 'Who fired?' },
      parties: ['russian-mod', 'hts', 'sohr', 'syrian-army', 'silent-actor'],
    },
  ],
};

/** The search shard's words for the event, each run from its source. */
function shardFor(summary: EventSummary): SearchShard {
  const words = segmentedWords([
    {
      field: 'event-ar',
      prepared: [prepareSearchText(`${summary.title.ar}\n${summary.summary.ar}`)],
    },
    {
      field: 'event-en',
      prepared: [prepareSearchText(`${summary.title.en}\n${summary.summary.en}`)],
    },
    { field: 'place', prepared: [prepareSearchText('Khan Shaykhun\nخان شيخون')] },
    {
      field: 'quote',
      party: event.parties.indexOf('russian-mod'),
      prepared: [prepareSearchText('ارتفاع درجة الحرارة')],
    },
    {
      field: 'quote',
      party: event.parties.indexOf('sohr'),
      prepared: [prepareSearchText('الحديث عن إسقاط 3 طائرات')],
    },
    {
      field: 'translation',
      party: event.parties.indexOf('sohr'),
      prepared: [prepareSearchText('talk of downing')],
    },
  ]);
  return {
    formatVersion: SHARD_FORMAT_VERSION,
    texts: { [summary.id]: words.text },
    segments: { [summary.id]: words.segments },
  };
}

async function renderCard(
  summary: EventSummary,
  {
    query,
    shard,
    language = 'en',
  }: { query?: string; shard?: SearchShard; language?: LanguageCode } = {},
) {
  await i18n.changeLanguage(language);
  const texts = eventCardTexts(i18n.t, language);
  const search = cardSearch(query, shard);
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <ul>
          <EventCard
            event={summary}
            lookups={lookups}
            hrefOf={(path) => path}
            texts={texts}
            search={search}
          />
        </ul>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(<RouterProvider router={router} />);
  return screen.findByRole('heading', { level: 2 });
}

/** The card's list of disputed questions: the second list, inside the test's own. */
function disputeItems(): HTMLElement[] {
  const [, list] = screen.getAllByRole('list');
  if (!list) throw new Error('the card lists no disputed question');
  return within(list).getAllByRole('listitem');
}

const marks = () => [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
const matchedIn = () => document.querySelector('[data-matched-in]')?.textContent ?? null;

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('EventCard', () => {
  it('names each disputed question and the parties who clash on it, as links to their pages', async () => {
    await renderCard(event);
    const items = disputeItems();
    expect(items.map((item) => item.textContent)).toEqual([
      'Why did the L-39 land? between Hayat Tahrir al-Sham and Russian Ministry of Defence',
      'Who fired? between Russian Ministry of Defence, Hayat Tahrir al-Sham, Syrian Observatory for Human Rights and 2 others',
    ]);
    const [first] = items;
    if (!first) throw new Error('no first dispute');
    expect(within(first).getByRole('link', { name: 'Hayat Tahrir al-Sham' })).toHaveAttribute(
      'href',
      '/actors/hts',
    );
    // The two the index names, and the other two counted.
    expect(screen.getByRole('link', { name: '+2 more disputed questions' })).toHaveAttribute(
      'href',
      '/events/jet-downed',
    );
    expect(screen.getByText('4 disputed questions')).toBeInTheDocument();
  });

  it('formats the parties by Arabic rules, with Arabic plurals', async () => {
    await renderCard(event, { language: 'ar' });
    const items = disputeItems();
    expect(items.map((item) => item.textContent)).toEqual([
      'لماذا هبطت الطائرة؟ بين هيئة تحرير الشام ووزارة الدفاع الروسية',
      'من أطلق النار؟ بين وزارة الدفاع الروسية وهيئة تحرير الشام والمرصد السوري وطرفان آخران',
    ]);
    expect(screen.getByRole('link', { name: '+ سؤالان خلافيان آخران' })).toBeInTheDocument();
  });

  it('names a disputed question whose parties the corpus does not describe, without them', async () => {
    const question = { question: 'q', title: { ar: 'سؤال؟', en: 'What happened?' } };
    await renderCard({ ...event, disputes: [{ ...question, parties: ['nobody', 'no-one'] }] });
    const [only] = disputeItems();
    expect(only).toHaveTextContent(/^What happened\?$/);
    expect(only?.querySelector('a')).toBeNull();
  });

  it('keeps the count alone for a corpus compiled without disputes', async () => {
    const { disputes: _omitted, ...older } = event;
    await renderCard(older);
    expect(screen.getByText('4 disputed questions')).toBeInTheDocument();
    expect(screen.queryByText(/between/)).toBeNull();
  });

  it('marks hits in the title and summary across spellings, as text', async () => {
    const heading = await renderCard(event, { query: 'l39 hmeimim', shard: shardFor(event) });
    expect(within(heading).getByText('L-39').tagName).toBe('MARK');
    expect(marks()).toEqual(['L-39', 'L-39', 'Hmeimim']);
    expect(matchedIn()).toBeNull();
  });

  it('marks Arabic hits whatever the hamza or alef, in the Arabic card', async () => {
    await renderCard(event, { query: 'اضطراريا لام 39', shard: shardFor(event), language: 'ar' });
    expect(marks()).toEqual(['لام 39', 'اضطرارياً', 'لام 39', 'اضطرارياً']);
  });

  it('says a hit is in a quote, naming the party, when the card shows none', async () => {
    await renderCard(event, { query: 'اسقاط', shard: shardFor(event) });
    expect(marks()).toEqual([]);
    expect(matchedIn()).toBe('Matched in a quote by Syrian Observatory for Human Rights');
  });

  it('says where each unseen word was found, in Arabic too', async () => {
    await renderCard(event, {
      query: 'الحرارة downing shaykhun',
      shard: shardFor(event),
      language: 'ar',
    });
    expect(matchedIn()).toBe(
      'وردت عبارة البحث في اقتباس منسوب إلى وزارة الدفاع الروسية وترجمة اقتباس منسوب إلى المرصد السوري واسم مكان',
    );
  });

  it('says the other language’s title or summary matched, and marks what is shown', async () => {
    await renderCard(event, { query: 'حميميم emergency', shard: shardFor(event) });
    expect(marks()).toEqual(['emergency', 'emergency']);
    expect(matchedIn()).toBe('Matched in the Arabic title or summary');
  });

  it('says nothing of where with a search shard that does not say', async () => {
    const { segments: _omitted, ...older } = shardFor(event);
    await renderCard(event, { query: 'اسقاط', shard: older });
    expect(matchedIn()).toBeNull();
  });

  it('folds a long summary on a phone behind a button, and opens it for a hit', async () => {
    await renderCard(event);
    const summary = screen.getByText(longSummary.en);
    expect(summary).toHaveClass('max-sm:line-clamp-2');
    const more = screen.getByRole('button', { name: 'Read the whole summary' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveAttribute('aria-controls', summary.id);
    await userEvent.setup().click(more);
    expect(summary).not.toHaveClass('max-sm:line-clamp-2');
    expect(screen.getByRole('button', { name: 'Show less of the summary' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('does not fold a summary holding a hit, nor a short one', async () => {
    await renderCard(event, { query: 'overheating', shard: shardFor(event) });
    expect(marks()).toEqual(['overheating']);
    expect(screen.queryByRole('button', { name: 'Read the whole summary' })).toBeNull();
    expect(document.querySelector('mark')?.closest('p')).not.toHaveClass('max-sm:line-clamp-2');
  });

  it('never folds a short summary', async () => {
    await renderCard(template);
    expect(screen.queryByRole('button', { name: 'Read the whole summary' })).toBeNull();
  });

  it('renders a hostile title as text', async () => {
    const hostile = {
      ...event,
      title: { ...event.title, en: '<img src=x onerror=alert(1)> L-39' },
    };
    await renderCard(hostile, { query: 'img' });
    expect(document.querySelector('img')).toBeNull();
    expect(marks()).toEqual(['img']);
  });
});
