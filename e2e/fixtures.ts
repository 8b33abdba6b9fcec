import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface RiwayaFixtures {
  /** Console errors and uncaught exceptions seen by the page; every test ends asserting none. */
  consoleErrors: string[];
  /** Runs axe on the current page (WCAG 2.x A and AA) and returns the violations. */
  axeViolations: () => Promise<{ id: string; help: string; targets: string[] }[]>;
  /** Content Security Policy violations reported in any page of the test; every test ends asserting none. */
  cspViolations: string[];
}

export const test = base.extend<RiwayaFixtures>({
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
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
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
 * Waits until the app has taken over the page: a prerendered page's controls sit in one
 * disabled fieldset until it hydrates (src/app/hydration-gate.tsx), and an input event sent
 * before then would be lost, as a reader's would.
 */
export async function waitForApp(page: Page) {
  // (Playwright's toBeEnabled judges the controls inside a fieldset, not the fieldset itself.)
  const gate = page.locator('#root > fieldset[role="presentation"]');
  await expect(gate).toHaveCount(1);
  await expect(gate).not.toHaveAttribute('disabled');
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
