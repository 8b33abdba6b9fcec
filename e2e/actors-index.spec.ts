import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpusIndexSchema } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

// The registry as editors wrote it: the index must list every party of data/actors.json.
interface RegistryActor {
  id: string;
  name: { en: string; ar: string };
}
const registry = (
  JSON.parse(readFileSync(new URL('../data/actors.json', import.meta.url), 'utf8')) as {
    actors: RegistryActor[];
  }
).actors;
const party = (id: string) => {
  const found = registry.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no party ${id} in data/actors.json`);
  return found;
};
// Events and their titles come from the compiled corpus, so the journeys follow the data.
const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const attackEvent = index.events.find(
  (event) => event.id === 'disputed-attack-southeast-idlib-2020-01',
);
if (!attackEvent) throw new Error('no January 2020 attack event in the corpus');

/** Parties listed on /actors, by the id their entry carries. */
const listedParties = (page: Page) =>
  page
    .locator('main li[data-party]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-party')));

for (const language of languages) {
  test.describe(`parties (${language})`, () => {
    test('/actors lists every party of the corpus, each a link to its page', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/actors?lang=${language}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        uiText(language, 'actors.index.title'),
      );
      await expect(page.locator('main li[data-party]')).toHaveCount(registry.length);
      expect((await listedParties(page)).sort()).toEqual(registry.map((actor) => actor.id).sort());
      for (const actor of registry) {
        await expect(
          page
            .locator(`main li[data-party="${actor.id}"]`)
            .getByRole('link', { name: actor.name[language], exact: true }),
        ).toHaveAttribute(
          'href',
          new RegExp(`^${language === 'ar' ? '/ar' : ''}/actors/${actor.id}$`),
        );
      }
      // The directory's counts, not the fallback that says they are missing.
      await expect(page.locator('[data-counts-note]')).toHaveCount(0);
      await expect(page.locator('main li[data-party="russian-mod"] [data-counts]')).toContainText(
        uiText(language, 'actors.index.eventCount_one').replace('{{count}}', '1'),
      );
      // The nav names the page it is on.
      await expect(
        page
          .getByRole('navigation')
          .getByRole('link', { name: uiText(language, 'actors.nav'), exact: true }),
      ).toHaveAttribute('aria-current', 'page');

      expect(await axeViolations()).toEqual([]);
    });

    test('search finds the Tiger Forces by either name and never matches inside a word', async ({
      page,
    }) => {
      await page.goto(`/actors?lang=${language}`);
      const box = page.getByRole('searchbox', {
        name: uiText(language, 'actors.index.searchLabel'),
      });
      for (const query of ['النمر', 'Tiger']) {
        await box.fill(query);
        await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
        await expect.poll(() => listedParties(page)).toEqual(['tiger-forces']);
        await expect(
          page.getByRole('link', { name: party('tiger-forces').name[language], exact: true }),
        ).toBeVisible();
      }
      await box.fill('HTS');
      await expect.poll(() => listedParties(page)).toEqual(['hayat-tahrir-al-sham']);
      await expect(
        page.locator('main li[data-party]').filter({ hasText: /Rights|حقوق/ }),
      ).toHaveCount(0);
      // A shared search opens as it was.
      await page.goto(`/actors?lang=${language}&q=HTS`);
      await expect(box).toHaveValue('HTS');
      await expect.poll(() => listedParties(page)).toEqual(['hayat-tahrir-al-sham']);
    });

    test('from the comparison, a party name opens its page and Back returns', async ({ page }) => {
      const eventPath = `/events/${attackEvent.id}?lang=${language}`;
      await page.goto(eventPath);
      await waitForComparison(page);
      const naji = party('naji-al-mustafa');
      await page
        .locator('[data-claim]')
        .getByRole('link', { name: naji.name[language], exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(
        new RegExp(`:\\d+${language === 'ar' ? '/ar' : ''}/actors/naji-al-mustafa$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(naji.name[language]);
      await page.goBack();
      await expect(page).toHaveURL(
        new RegExp(`:\\d+${language === 'ar' ? '/ar' : ''}/events/${attackEvent.id}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(attackEvent.title[language]);
      await waitForComparison(page);
    });

    test('outlets that carried a claim are named as links to their pages', async ({ page }) => {
      await page.goto(`/events/tal-malah-and-al-jibeen-2019?lang=${language}`);
      await waitForComparison(page);
      const carriers = page.locator(
        '[data-claim="samer-al-saleh-response-was-harsh"] [data-carriers]',
      );
      await expect(carriers.first()).toBeVisible();
      await expect(
        carriers
          .first()
          .getByRole('link', { name: party('mada-post').name[language], exact: true }),
      ).toHaveAttribute('href', new RegExp(`^${language === 'ar' ? '/ar' : ''}/actors/mada-post$`));
    });

    test('Russia with its members lists the January 2020 attack; the switch lives in the URL', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/actors/russia?lang=${language}`);
      const attack = page.getByRole('heading', { level: 3, name: attackEvent.title[language] });
      const withMembers = page.getByRole('radio', {
        name: new RegExp(
          `^${escape(uiText(language, 'actors.membership.with').split(' (')[0] ?? '')}`,
        ),
      });
      const alone = page.getByRole('radio', { name: uiText(language, 'actors.membership.alone') });
      await expect(withMembers).toBeChecked();
      await expect(attack).toBeVisible();
      // Each claim names the body that made it: the Ministry of Defence spoke here, not Russia.
      await expect(
        page
          .locator('[data-claim="russian-mod-attack-up-to-40-soldiers-killed"]')
          .getByRole('link', { name: party('russian-mod').name[language], exact: true }),
      ).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      // A reader clicks the visible label; the radio itself is visually hidden.
      await page.locator('label').filter({ has: alone }).click();
      await expect(page).toHaveURL(/[?&]members=exclude(&|$)/);
      await expect(alone).toBeChecked();
      await expect(attack).toHaveCount(0);
      // The list gets the same choice.
      await expect(
        page.locator(`main header a[href^="${language === 'ar' ? '/ar/' : '/'}?"]`),
      ).toHaveAttribute('href', /actors=russia.*members=exclude|members=exclude.*actors=russia/);

      await page.goBack();
      await expect(page).not.toHaveURL(/members=/);
      await expect(withMembers).toBeChecked();
      await expect(attack).toBeVisible();

      await page.goto(`/actors/russia?lang=${language}&members=exclude`);
      await expect(alone).toBeChecked();
      await expect(attack).toHaveCount(0);
      await page.locator('label').filter({ has: withMembers }).click();
      await expect(page).not.toHaveURL(/members=/);
      await expect(attack).toBeVisible();
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
