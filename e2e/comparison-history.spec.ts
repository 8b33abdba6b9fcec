import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpusIndexSchema } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const event = index.events.find((candidate) => candidate.id.startsWith('disputed-attack'));
if (!event) throw new Error('no January 2020 attack event in the corpus');
const name = (id: string, language: 'en' | 'ar') =>
  index.actors.find((actor) => actor.id === id)?.name[language] ?? id;

/** The party columns, in the order the grid shows them. */
function columnOrder(page: Page): Promise<string[]> {
  return page
    .locator('thead th[data-party]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-party') ?? ''));
}

for (const language of languages) {
  test.describe(`Back on the comparison (${language})`, () => {
    test('undoes the last hide, reorder or text mode, and only then leaves the event', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      await page.goto(`/events/${event.id}?lang=${language}`);
      await waitForComparison(page);
      const initial = await columnOrder(page);
      const [first, second] = initial;
      if (!first || !second) throw new Error('the event needs two parties');

      await page
        .getByRole('button', { name: new RegExp(`^${uiText(language, 'compare.parties.toggle')}`) })
        .click();
      await page.getByRole('checkbox', { name: name(first, language) }).uncheck();
      await expect.poll(() => columnOrder(page)).toEqual(initial.slice(1));

      const third = initial[2];
      if (third) {
        await page
          .getByRole('button', {
            name: uiText(language, 'compare.parties.moveEarlier').replace(
              '{{name}}',
              name(third, language),
            ),
          })
          .click();
        await expect.poll(() => columnOrder(page)).toEqual([third, second, ...initial.slice(3)]);
      }
      await page.getByText(uiText(language, 'compare.textMode.original')).click();
      await expect(page).toHaveURL(/text=original/);

      // Back, step by step: the text mode, the reorder, the hidden party.
      await page.goBack();
      await expect(page).not.toHaveURL(/text=/);
      await expect(
        page.getByRole('radio', { name: uiText(language, 'compare.textMode.both') }),
      ).toBeChecked();
      if (third) {
        await page.goBack();
        await expect.poll(() => columnOrder(page)).toEqual(initial.slice(1));
      }
      await page.goBack();
      await expect.poll(() => columnOrder(page)).toEqual(initial);
      await expect(page).toHaveURL(
        new RegExp(`:\\d+${language === 'ar' ? '/ar' : ''}/events/${event.id}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title[language]);
      // One more Back leaves the event for the page before it.
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`:\\d+${language === 'ar' ? '/ar' : ''}/$`));
    });
  });
}
