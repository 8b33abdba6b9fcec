import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { actorWithMembers } from '../src/lib/actor-members';
import { expect, test } from './fixtures';
import { englishUiStrings, languages, uiText } from './i18n';

// Names and counts come from the compiled corpus, so the journeys follow the data.
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const actor = (id: string) => {
  const found = index.actors.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no actor ${id} in the corpus`);
  return found;
};
const attackEvent = index.events.find((event) => event.id.startsWith('disputed-attack'));
if (!attackEvent) throw new Error('no January 2020 attack event in the corpus');
const attackShard = eventShardSchema.parse(readCorpus(attackEvent.shard));
const modClaims = attackShard.claims.filter((claim) => claim.saidBy === 'russian-mod');
const attackQuestion = attackShard.event.questions.find((q) => q.id === 'attack-on-thursday');
if (!attackQuestion) throw new Error('no attack-on-thursday question');

for (const language of languages) {
  test.describe(`party page (${language})`, () => {
    test('the Russian MoD page, alone, shows its claims and who contradicts it', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/actors/russian-mod?lang=${language}&members=exclude`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        actor('russian-mod').name[language],
      );
      // Affiliation both ways: part of Russia, with the Russian armed forces belonging to it.
      await expect(
        page.getByRole('link', { name: actor('russia').name[language], exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('link', { name: actor('russian-armed-forces').name[language], exact: true }),
      ).toBeVisible();

      const claims = page.locator('main article article');
      await expect(claims).toHaveCount(modClaims.length);
      const first = modClaims[0];
      if (!first) throw new Error('the MoD made no claim');
      await expect(page.locator('blockquote[lang="ar"][dir="rtl"]').first()).toHaveText(
        first.quote,
      );
      await expect(
        page.locator(`a[href*="/events/${attackEvent.id}"][href$="#claim-${first.id}"]`).first(),
      ).toBeVisible();

      const disputes = page.getByTestId('actor-disputes').locator(':scope > li');
      const onAttack = disputes.filter({ hasText: attackQuestion.label[language] });
      await expect(onAttack).toHaveCount(1);
      for (const id of ['naji-al-mustafa', 'sohr']) {
        await expect(
          onAttack.getByRole('link', { name: actor(id).name[language], exact: true }),
        ).toHaveAttribute('href', new RegExp(`/actors/${id}(\\?|$)`));
      }

      expect(await axeViolations()).toEqual([]);
    });

    for (const id of ['russian-mod', 'rt']) {
      test(`the ${id} page says its kind, side and other names in both languages`, async ({
        page,
      }) => {
        const party = actor(id);
        const side = index.sides.find((candidate) => candidate.id === party.side);
        if (!side) throw new Error(`no side ${party.side}`);
        await page.goto(`/actors/${id}?lang=${language}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(party.name[language]);
        await expect(page.locator('main header p').first()).toHaveText(
          `${uiText(language, 'actors.kicker')} · ${uiText(language, `actors.kind.${party.kind}`)}`,
        );
        const term = (key: string) =>
          page
            .locator('main dl > dt')
            .filter({ hasText: new RegExp(`^${uiText(language, key)}$`) })
            .locator('xpath=following-sibling::dd[1]');
        // An outlet's side reads as an alignment, never as a combatant's.
        await expect(term('actors.side')).toHaveText(
          party.kind === 'media-outlet'
            ? uiText(language, 'card.outletAligned').replace('{{side}}', side.label[language])
            : side.label[language],
        );

        const aliases = term('actors.aliases');
        for (const [lang, separator] of [
          ['ar', '، '],
          ['en', ', '],
        ] as const) {
          const line = aliases.locator('p').filter({
            hasText: `${uiText(language, `actors.aliasesIn.${lang}`)}:`,
          });
          const names = party.aliases[lang];
          if (names.length === 0) {
            await expect(line).toContainText(uiText(language, 'actors.none'));
            await expect(line.locator(`[lang="${lang}"]`)).toHaveCount(0);
          } else {
            // Each list carries its own language and direction, whatever the page's.
            await expect(
              line.locator(`[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`),
            ).toHaveText(names.join(separator));
          }
        }
      });
    }

    test('"see events" opens the event list filtered by the party with its members', async ({
      page,
    }) => {
      await page.goto(`/actors/russian-mod?lang=${language}`);
      const bodies = new Set(actorWithMembers('russian-mod', index.actors));
      const events = index.events.filter((event) =>
        event.parties.some((party) => bodies.has(party)),
      );
      const form = new Intl.PluralRules(language).select(events.length);
      const label = uiText(language, `actors.seeEvents_${form}`).replace(
        '{{count}}',
        String(events.length),
      );
      await page.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(/[?&]actors=russian-mod(&|$)/);
      await expect(page.locator('main li h2 a')).toHaveText(
        events.map((event) => event.title[language]),
      );
    });

    test('an unknown party id shows a not-found page with a way back', async ({ page }) => {
      await page.goto(`/actors/no-such-party?lang=${language}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        uiText(language, 'actors.notFoundTitle'),
      );
      await page.getByRole('link', { name: uiText(language, 'states.goHome') }).click();
      await expect(page.locator('main li h2 a').first()).toBeVisible();
    });
  });
}

test('the Arabic party page is right to left with no English UI string left', async ({ page }) => {
  const english = englishUiStrings();
  await page.goto('/actors/hmeimim-base?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main article article').first()).toBeVisible();
  const shown = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], script, style, noscript').forEach((element) => {
      element.remove();
    });
    return clone.innerText;
  });
  expect(english.filter((text) => shown.includes(text))).toEqual([]);
});
