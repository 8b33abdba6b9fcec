import { readFileSync } from 'node:fs';
import { languagePath } from '../src/config/paths';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

/** The flagship event as written in data/: its claims name their party and source. */
const flagship = 'disputed-attack-southeast-idlib-2020-01';
const eventFile = JSON.parse(
  readFileSync(new URL(`../data/events/${flagship}.json`, import.meta.url), 'utf8'),
) as { claims: { saidBy: string; source: string }[] };
const [firstClaim] = eventFile.claims;
if (!firstClaim) throw new Error(`${flagship} has no claims`);
const sourceId = firstClaim.source;
const actorId = firstClaim.saidBy;

/** Each kind of page the build prerenders, at its English path. */
const pageTypes = [
  { name: 'list', path: '/' },
  { name: 'comparison', path: `/events/${flagship}` },
  { name: 'source', path: `/sources/${sourceId}` },
  { name: 'party', path: `/actors/${actorId}` },
  { name: 'parties index', path: '/actors' },
  { name: 'sources index', path: '/sources' },
  { name: 'timeline', path: '/timeline' },
  { name: 'not found', path: '/no-such-page' },
] as const;

test.describe('prerendered pages hydrate', () => {
  for (const language of languages) {
    for (const { name, path } of pageTypes) {
      test(`the ${name} page (${language}) is taken over without a mismatch and works`, async ({
        page,
      }) => {
        const warnings: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        // React keeps the server's nodes when it hydrates; a client render replaces them.
        await page.addInitScript(() => {
          const removed: string[] = [];
          (window as unknown as { __rootRemovals: string[] }).__rootRemovals = removed;
          new MutationObserver((records) => {
            for (const record of records) {
              const target = record.target as Element;
              if (target.id === 'root' && record.removedNodes.length > 0) removed.push('root');
            }
          }).observe(document, { childList: true, subtree: true });
        });
        const url = languagePath(path, language);
        await page.goto(url);
        const html = page.locator('html');
        await expect(html).toHaveAttribute('lang', language);
        await expect(html).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');

        // Hydrated: React has attached itself to every control and heading of the page's
        // HTML (a click before that would be the reader's, and React would then redraw).
        await page.waitForFunction(() =>
          [...document.querySelectorAll('#root button, #root input, #root h1, #root h2')].every(
            (element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
          ),
        );

        // Interactive: the language switch moves to the other language's page of the view.
        const other: Language = language === 'en' ? 'ar' : 'en';
        await page.getByRole('button', { name: uiText(language, 'language.switchTo') }).click();
        await expect(html).toHaveAttribute('lang', other);
        // (An unknown address has no page in either language: the switch goes home.)
        const expected = name === 'not found' ? '/' : path;
        await expect(page).toHaveURL(new URL(languagePath(expected, other), page.url()).href);

        const removals = await page.evaluate(
          () => (window as unknown as { __rootRemovals: string[] }).__rootRemovals,
        );
        expect(removals, 'the prerendered markup was replaced, not hydrated').toEqual([]);
        expect(warnings).toEqual([]);
      });
    }
  }
});
