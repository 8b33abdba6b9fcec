import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page, type Response } from '@playwright/test';

interface RiwayaFixtures {
  /** Console errors and uncaught exceptions seen by the page; every test ends asserting none. */
  consoleErrors: string[];
  /** Runs axe on the current page (WCAG 2.x A and AA) and returns the violations. */
  axeViolations: () => Promise<{ id: string; help: string; targets: string[] }[]>;
  /** Content Security Policy violations reported in any page of the test; every test ends asserting none. */
  cspViolations: string[];
}

/**
 * Playwright's `test` with a `page` whose navigations return once the app has taken over the
 * page they land on. Every page is prerendered HTML: with JavaScript on, the app then hydrates
 * it or, when the address carries state (`?actors=…`, a fragment), draws the view anew over
 * it, so a list read the moment `goto` returns can be the prerendered one mid-swap. Waiting in
 * one place spares every spec its own `waitForApp` after each `goto`.
 *
 * It waits only where there is an app to wait for: with JavaScript on, and after a navigation
 * that loaded a new document which is one of the app's pages (below). A view the app moves to
 * on its own (a fragment, a history entry it pushed) keeps its document: Playwright reports no
 * response, and nothing is waited for.
 *
 * To read a page before the app takes it over, navigate with `waitUntil: 'commit'`: such a
 * navigation returns as soon as the page arrives, as Playwright's does.
 *
 * Used as is only by specs that must go without the checks `test` adds (broken-data.spec.ts
 * expects console errors); every other spec uses `test`.
 */
export const appTest = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) waitForAppAfterNavigations(page);
    await use(page);
  },
});

export const test = appTest.extend<RiwayaFixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => {
        errors.push(error.message);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // A binding outlives navigations, so violations from every page visited are kept.
      await page.exposeFunction('__reportCspViolation', (violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (v: string) => void })
            .__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
          );
        });
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  axeViolations: async ({ page }, use) => {
    await use(async () => {
      // A prerendered page's controls are disabled until the app takes it over: judge the page
      // a reader with JavaScript uses, not the instant before (prerender-no-script.spec.ts
      // reads the page without it).
      await waitForApp(page);
      // WCAG 2.2 AA too (target size), and the label-in-name rule axe leaves off by default,
      // which Lighthouse runs: a control must be named by at least the words it shows.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    });
  },
});

export { expect };

/**
 * The fieldset every page of the app wraps its controls in, disabled until the app takes the
 * page over. (Playwright's toBeEnabled judges the controls inside a fieldset, not the
 * fieldset itself.)
 */
const appGate = (page: Page) => page.locator('#root > fieldset[role="presentation"]');

/**
 * Waits until the app has taken over the page: a prerendered page's controls sit in one
 * disabled fieldset until it hydrates (src/app/hydration-gate.tsx), and an input event sent
 * before then would be lost, as a reader's would.
 */
export async function waitForApp(page: Page) {
  const gate = appGate(page);
  await expect(gate, 'the page is one of the app’s').toHaveCount(1);
  await expect(gate, 'the app takes the page over').not.toHaveAttribute('disabled');
}

type WaitUntil = NonNullable<Parameters<Page['goto']>[1]>['waitUntil'];

/** Makes `page`'s goto, reload, goBack and goForward wait for the app (see `appTest`). */
function waitForAppAfterNavigations(page: Page) {
  const arrived = async (response: Response | null, waitUntil: WaitUntil) => {
    // A page of the app is known by its gate, in the document as loaded. Not by the response:
    // a page the browser revalidates comes with the 304's headers, without a content type; and
    // an HTML page of the app's origin need not be the app (xss.spec.ts's probe page). A JSON
    // shard or an image shown as a document has no gate either.
    if (response && waitUntil !== 'commit' && (await appGate(page).count()) > 0) {
      await waitForApp(page);
    }
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const goBack = page.goBack.bind(page);
  const goForward = page.goForward.bind(page);
  page.goto = async (url, options) => arrived(await goto(url, options), options?.waitUntil);
  page.reload = async (options) => arrived(await reload(options), options?.waitUntil);
  page.goBack = async (options) => arrived(await goBack(options), options?.waitUntil);
  page.goForward = async (options) => arrived(await goForward(options), options?.waitUntil);
}

/** Waits until the comparison has rendered its claims (the overview and the sections). */
export async function waitForComparison(page: Page) {
  // A view the address changes (`?parties=`, `#claim-…`) is drawn anew over the prerendered
  // page: its claims are visible before the app replaces them, so wait for the app first.
  await waitForApp(page);
  await expect(page.locator('[data-claim]').first()).toBeVisible();
}

/**
 * Scrolls an element into view and waits until the page stops moving under it. Question
 * sections off screen skip layout until scrolled near (content-visibility: auto), so a long
 * scroll resizes the ones it passes a frame later, and the browser moves the page to keep the
 * view in place: a click aimed before that lands beside its target (a reader's finger would
 * too). Counted in frames, not time.
 */
export async function scrollIntoSettledView(target: Locator) {
  await target.evaluate(async (element) => {
    element.scrollIntoView({ block: 'center' });
    const frame = () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() => {
          resolve(element.getBoundingClientRect().top);
        });
      });
    let last = await frame();
    for (let still = 0, frames = 0; still < 3 && frames < 120; frames += 1) {
      const top = await frame();
      still = top === last ? still + 1 : 0;
      last = top;
    }
  });
}
