import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corpusIndexSchema } from '../src/corpus/shards';
import { dateLocale } from '../src/lib/date-locale';
import { formatFuzzyDate } from '../src/lib/intl-format';
import { expect, test } from './fixtures';
import { uiText } from './i18n';

/*
 * A Syrian reader expects كانون الثاني، شباط، آذار… in every date the app
 * formats, never يناير، فبراير، مارس… (quotes keep the sources' own words, so
 * only what the app formats is read here: <time>, the quick ranges, the axis).
 */
const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const levantine = new RegExp(dateLocale.ar.months.join('|'));
const egyptian =
  /يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر/;

/** Each text is a date told with a Levantine month (or a bare year), never an Egyptian one. */
async function expectLevantine(dates: Locator, least: number) {
  // Text content, not innerText: cards off screen skip rendering (content-visibility).
  const texts = await dates.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(least);
  for (const text of texts) {
    expect(text).not.toMatch(egyptian);
    expect(text).toMatch(new RegExp(`${levantine.source}|^\\D*\\d{4}\\D*$`));
  }
  // At least one names a month: a list of bare years would prove nothing.
  expect(texts.some((text) => levantine.test(text))).toBe(true);
}

test('Arabic dates use Levantine month names in the list, a comparison and the timeline', async ({
  page,
  axeViolations,
}) => {
  const event = index.events.find((candidate) => candidate.id.startsWith('l39-'));
  if (!event) throw new Error('the L-39 event is missing');

  // The list: every card's date, and the quick ranges by month.
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('main li h2 a')).toHaveCount(index.events.length);
  await expectLevantine(page.locator('main time'), index.events.length);
  const june = formatFuzzyDate({ value: '2019-06', precision: 'month', basis: 'stated' }, 'ar');
  expect(june).toBe('حزيران 2019');
  await expect(page.getByRole('button', { name: june, exact: true })).toBeVisible();
  // The day field speaks Arabic and reads the day back with its Levantine month.
  const from = page.getByLabel(uiText('ar', 'eventFilters.dates.from'), { exact: true });
  await expect(from).toHaveAttribute('type', 'text');
  await from.fill('6/6/2019');
  await expect(from).toHaveAccessibleDescription('أي 6 حزيران 2019');
  await expect(page).toHaveURL(/from=2019-06-06/);

  // A comparison: the event's dates and every claim's.
  await page.goto(`/events/${event.id}?lang=ar`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title.ar);
  await expectLevantine(page.locator('main time'), 2);

  // The timeline: its axis, its count and its list of claims.
  await page.goto('/timeline?lang=ar&from=2019-05-01&to=2019-08-31');
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toBeVisible();
  const ticks = chart
    .getByText(uiText('ar', 'timeline.earlier'), { exact: true })
    .locator('xpath=../following-sibling::div[1]/span');
  await expectLevantine(ticks, 2);
  expect(await chart.textContent()).not.toMatch(egyptian);
  await expectLevantine(page.locator('main time'), 1);
  await expect(page.getByRole('button', { name: 'آب 2019', exact: true })).toBeVisible();
  expect(await axeViolations()).toEqual([]);
});
