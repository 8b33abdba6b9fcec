import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  type AnyRouter,
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cloneElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import type { Actor } from '@/corpus/schema';
import type { CompiledClaim, SourceSummary } from '@/corpus/shards';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { ClaimCard } from './claim-card';
import { claimTexts } from './claim-texts';

const base = corpusLookups(corpusIndexFixture);
const madaPost: Actor = {
  id: 'mada-post',
  name: { en: 'Mada Post', ar: 'مدى بوست' },
  aliases: { en: [], ar: [] },
  kind: 'media-outlet',
  side: 'opposition',
};
const source: SourceSummary = {
  id: 'mada-2020',
  outlet: 'mada-post',
  title: 'عنوان المقال',
  titleTranslation: { en: 'The article’s title' },
  language: 'ar',
  published: { value: '2020-01-24', precision: 'day', basis: 'stated' },
  shard: 'sources/mada-2020.abcdef12.json',
};
const lookups: CorpusLookups = {
  ...base,
  actors: new Map([...base.actors, [madaPost.id, madaPost]]),
  sources: new Map([[source.id, source]]),
};

const claim: CompiledClaim = {
  id: 'hts-denies-attack',
  question: 'attack',
  saidBy: 'hts',
  reportedBy: ['mada-post'],
  source: source.id,
  quote: 'لم يقع أي هجوم',
  language: 'ar',
  translation: 'No attack took place',
  stance: 'denies',
  gist: { en: 'no attack of this kind', ar: 'لا هجوم من هذا النوع' },
  wording: 'own-words',
  figures: [],
  saidOn: {
    value: '2020-01-23',
    precision: 'day',
    basis: 'computed',
    note: "'yesterday Friday' in an article of 24 January",
  },
  event: 'saraqib-market',
  quoteStart: 0,
  quoteEnd: 14,
};

/** The router of the card last rendered, to see where a click took the reader. */
let router: AnyRouter;

function renderCard(card: ReactElement<ComponentProps<typeof ClaimCard>>) {
  const queryClient = new QueryClient();
  // The index the page has loaded, from which the permalink learns its corpus.
  queryClient.setQueryData(
    corpusIndexQueryOptions(bundledCorpusSource).queryKey,
    corpusIndexFixture,
  );
  router = createRouter({
    routeTree: createRootRoute({ component: () => <WithLinks card={card} /> }),
    history: createMemoryHistory({ initialEntries: ['/events/saraqib-market?lang=ar'] }),
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return screen.findByRole('article');
}

/** The card as a view hands it out: with the view's address builder. */
function WithLinks({ card }: { card: ReactElement<ComponentProps<typeof ClaimCard>> }) {
  const hrefOf = useAppHref();
  return cloneElement(card, { hrefOf });
}

async function renderClaim(
  overrides: Partial<CompiledClaim>,
  language: 'en' | 'ar' = 'en',
  extra: { showParty?: boolean; links?: ReactNode } = {},
) {
  await i18n.loadLanguages(language);
  const texts = claimTexts(i18n.getFixedT(language), language);
  return renderCard(
    <ClaimCard
      claim={{ ...claim, ...overrides }}
      scopes={new Map()}
      lookups={lookups}
      textMode="both"
      texts={texts}
      hrefOf={() => 'set by WithLinks'}
      {...extra}
    />,
  );
}

describe('ClaimCard', () => {
  it('names the party as a link to its page, with its side', async () => {
    const card = await renderClaim({});
    const party = within(card).getByRole('link', { name: 'Hayat Tahrir al-Sham' });
    // The page's language travels with the link, in its path, as the router's <Link> keeps it.
    expect(party).toHaveAttribute('href', '/ar/actors/hts');
    expect(card.querySelector('[data-card-role]')).toHaveTextContent(
      /^Opposition · own statement$/,
    );
    expect(card).toHaveAttribute('id', 'claim-hts-denies-attack');
  });

  it('opens the party’s page and the source in the app, keeping the page’s language', async () => {
    const card = await renderClaim({});
    const source = within(card).getByRole('link', { name: 'Read in source' });
    expect(source).toHaveAttribute('href', '/ar/sources/mada-2020#hts-denies-attack');
    await userEvent.click(within(card).getByRole('link', { name: 'Hayat Tahrir al-Sham' }));
    // The router took the click: the in-memory history moved, no document was loaded.
    // (This bare router has no language rewrite: the app's reads `/ar/` as `lang=ar`.)
    await vi.waitFor(() => {
      expect(router.state.location.pathname).toBe('/ar/actors/hts');
    });
  });

  it('calls an outlet aligned with a side, not a combatant of it', async () => {
    const card = await renderClaim({ saidBy: 'mada-post', reportedBy: [] });
    expect(card.querySelector('[data-card-role]')).toHaveTextContent(
      /^Media outlet aligned with: Opposition · own statement$/,
    );
  });

  it.each([
    ['own-words', 'own statement'],
    ['reported-speech', 'reported speech'],
    ['outlet-account', 'as told by Mada Post'],
  ] as const)('says how the words reached us: %s', async (wording, words) => {
    const card = await renderClaim({ wording });
    expect(card.querySelector('[data-wording]')).toHaveTextContent(new RegExp(`^${words}$`));
  });

  it('shows nothing for wording when an older corpus does not record it', async () => {
    const card = await renderClaim({ wording: undefined });
    expect(card.querySelector('[data-wording]')).toBeNull();
    expect(card.querySelector('[data-card-role]')).toHaveTextContent(/^Opposition$/);
  });

  it('never shows an outlet’s account as the party’s own assertion', async () => {
    const card = await renderClaim({
      wording: 'outlet-account',
      stance: 'asserts',
      gist: undefined,
    });
    const stance = card.querySelector('[data-stance]');
    expect(stance).toHaveTextContent(/^Reported: asserts$/);
    expect(stance?.querySelector('svg[aria-hidden="true"]')).toHaveAttribute(
      'data-mark',
      'asserts',
    );
    expect(card.querySelector('[data-wording]')).toHaveTextContent('as told by Mada Post');
  });

  it('keeps a hearsay claim’s gist apart from its reported stance', async () => {
    const card = await renderClaim({ wording: 'outlet-account' });
    expect(card.querySelector('[data-stance]')).toHaveTextContent(
      /^Reported: denies — no attack of this kind$/,
    );
  });

  it('gives the gist in one line with the stance, in the UI language', async () => {
    expect((await renderClaim({})).querySelector('[data-stance]')).toHaveTextContent(
      /^Denies: no attack of this kind$/,
    );
  });

  it('gives the gist in Arabic, with the stance as a noun', async () => {
    const card = await renderClaim({}, 'ar');
    expect(card.querySelector('[data-stance]')).toHaveTextContent(/^نفي: لا هجوم من هذا النوع$/);
    await i18n.changeLanguage('en');
  });

  it('shows the stance alone when the claim has no gist', async () => {
    const card = await renderClaim({ gist: undefined });
    expect(card.querySelector('[data-stance]')).toHaveTextContent(/^Denies$/);
    expect(card.querySelector('[data-stance] svg')).toHaveAttribute('data-mark', 'denies');
  });

  it('says how the date was obtained in visible words, its note a tap away', async () => {
    const card = await renderClaim({});
    expect(card.querySelector('[data-date-basis]')).toHaveTextContent(
      /^\(computed from a relative phrase\)$/,
    );
    expect(card.querySelector('time')).not.toHaveAttribute('title');
    const note = within(card).getByText(/yesterday Friday/);
    expect(note.closest('details')).not.toBeNull();
    await userEvent.setup().click(within(card).getByText(/^Said/));
    expect(note).toBeVisible();
  });

  it('says the date basis in Arabic too', async () => {
    const outside = { value: '2020-01-23', precision: 'day', basis: 'external' } as const;
    const card = await renderClaim({ saidOn: outside }, 'ar');
    expect(card.querySelector('[data-date-basis]')).toHaveTextContent('(من تغطيات أخرى)');
    await i18n.changeLanguage('en');
  });

  it("folds the editors' note beneath a disclosure", async () => {
    const note = {
      en: "'Redeployment', not abandoned positions.",
      ar: '«إعادة الانتشار» لا التخلي عن مواقع.',
    };
    const card = await renderClaim({ note });
    const disclosure = card.querySelector('details[data-claim-note]');
    expect(disclosure).not.toBeNull();
    const text = within(card).getByText(note.en);
    expect(text).not.toBeVisible();
    await userEvent.setup().click(within(card).getByText('Editors’ note'));
    expect(text).toBeVisible();
  });

  it("gives the editors' note in Arabic on an Arabic page", async () => {
    const note = { en: 'The English note.', ar: '«إعادة الانتشار» لا التخلي عن مواقع.' };
    const card = await renderClaim({ note }, 'ar');
    expect(card.querySelector('details[data-claim-note]')).toHaveTextContent(
      `ملاحظة المحررين${note.ar}`,
    );
    expect(card).not.toHaveTextContent(note.en);
    await i18n.changeLanguage('en');
  });

  it('shows no note where the corpus has none', async () => {
    const card = await renderClaim({});
    expect(card.querySelector('[data-claim-note]')).toBeNull();
  });

  it('adds nothing to a date the text states', async () => {
    const stated = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;
    const card = await renderClaim({ saidOn: stated });
    expect(card.querySelector('[data-date-basis]')).toBeNull();
    expect(card.querySelector('details')).toBeNull();
    expect(card.querySelector('time')).toHaveTextContent(/^23 Jan 2020$/);
  });

  it('copies a citation: quote, translation, speaker, carriers, date, source, permalink', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const card = await renderClaim({ wording: 'reported-speech' });
    await user.click(within(card).getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toBe(
      [
        '“لم يقع أي هجوم”',
        'English translation: “No attack took place”',
        'Said by: Hayat Tahrir al-Sham (Opposition), reported speech',
        'Carried by: Mada Post',
        'Date: 23 Jan 2020 (computed from a relative phrase)',
        'Source: Mada Post, “عنوان المقال” (The article’s title), 24 Jan 2020',
        'Original address: Not recorded in this corpus',
        `Link: ${window.location.origin}/events/saraqib-market#claim-hts-denies-attack`,
      ].join('\n'),
    );
    expect(within(card).getByRole('status')).toHaveTextContent('Citation copied');
  });

  it('shows the citation to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const card = await renderClaim({});
    await user.click(within(card).getByRole('button', { name: 'Copy citation' }));
    const field = within(card).getByRole('textbox', { name: 'Citation of this claim' });
    expect((field as HTMLTextAreaElement).value).toContain('“لم يقع أي هجوم”');
  });

  it('on the party’s own page, leaves the name out and takes the page’s own links', async () => {
    const card = await renderClaim({}, 'en', {
      showParty: false,
      links: <a href="/events/saraqib-market#claim-x">In the comparison</a>,
    });
    expect(within(card).queryByRole('link', { name: 'Hayat Tahrir al-Sham' })).toBeNull();
    expect(card.querySelector('[data-card-role]')).toHaveTextContent(
      /^Opposition · own statement$/,
    );
    expect(within(card).getByRole('link', { name: 'In the comparison' })).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Read in source' })).toBeVisible();
  });

  it('marks itself as the linked claim when the page lands on it', async () => {
    const card = await renderClaim({});
    const label = card.querySelector('[data-linked-label]');
    expect(label).toHaveTextContent('Linked claim');
    expect(label).toHaveClass('hidden', 'group-data-[linked]:block');
    expect(card).toHaveClass('group', 'data-[linked]:ring-4');
  });
});
