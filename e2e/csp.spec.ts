import { cspHeaderValue } from '../scripts/build/content-security-policy';
import { expect, test } from './fixtures';
import { uiText } from './i18n';

test.describe('Content Security Policy in the built app', () => {
  test('every built HTML entry carries the policy before its scripts', async ({ request }) => {
    for (const path of ['/', '/events/disputed-attack-southeast-idlib-2020-01', '/404.html']) {
      const html = await (await request.get(path)).text();
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      expect(policy?.[1], path).toContain("script-src 'self'");
      expect(policy?.[1], path).toContain("require-trusted-types-for 'script'");
      expect(policy?.[1], path).toContain('trusted-types dompurify');
      expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
    }
  });

  test('the shipped _headers sends the same policy, and caches every content-hashed folder', async ({
    request,
  }) => {
    const headers = await (await request.get('/_headers')).text();
    const policy = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
    expect(policy).toBe(cspHeaderValue);
    expect(headers).toMatch(/^\s+Strict-Transport-Security: max-age=\d+; includeSubDomains$/m);
    // Every shard folder the compiler writes (names carry content hashes) is cached for good.
    const index = await (await request.get('/corpus/index.json')).text();
    const folders = new Set(
      [...index.matchAll(/"(\w+)\/[\w-]+\.[a-f0-9]{8,}\.json"/g)].map((m) => m[1]),
    );
    expect(folders.size).toBeGreaterThanOrEqual(4);
    for (const folder of folders) {
      expect(headers, folder).toContain(
        `/corpus/${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`,
      );
    }
  });

  test('Trusted Types stop an HTML string from reaching the DOM', async ({
    page,
    cspViolations,
    consoleErrors,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML(
          'beforeend',
          '<img src=x onerror="window.__pwned = true">',
        );
        return 'inserted';
      } catch (error) {
        return error instanceof TypeError ? `TypeError: ${error.message}` : String(error);
      }
    });
    expect(outcome).toMatch(/^TypeError: .*TrustedHTML/);

    const scriptOutcome = await page.evaluate(() => {
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__pwned = true';
        document.body.append(script);
        return 'appended';
      } catch (error) {
        return error instanceof TypeError ? 'TypeError' : String(error);
      }
    });
    expect(scriptOutcome).toBe('TypeError');

    // Only the allowed policy name may be created, so no script can mint its own.
    const rogue = await page.evaluate(() => {
      const factory = (
        window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => unknown } }
      ).trustedTypes;
      try {
        factory.createPolicy('rogue', { createHTML: (s: string) => s });
        return 'created';
      } catch (error) {
        return error instanceof TypeError ? 'TypeError' : String(error);
      }
    });
    expect(rogue).toBe('TypeError');

    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The fixtures saw the blocked attempts; they are this test's point, so clear them.
    await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(3);
    expect(cspViolations.join('\n')).toContain('require-trusted-types-for');
    expect(cspViolations.join('\n')).toContain('trusted-types');
    cspViolations.length = 0;
    for (const message of consoleErrors) {
      expect(message).toMatch(
        /requires 'Trusted(HTML|Script)' assignment|TrustedTypePolicy named 'rogue'/,
      );
    }
    consoleErrors.length = 0;
  });

  test('the workbench checks a draft in its Web Worker, vouched for by the policy for workers', async ({
    page,
    consoleErrors,
  }) => {
    const text = (key: string) => uiText('en', key);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto('/workbench');
    await page.getByLabel(text('workbench.start.title'), { exact: true }).fill('Under the CSP');
    await page.getByLabel(text('workbench.start.from')).selectOption('bundled');
    await page.getByRole('button', { name: text('workbench.start.submit') }).click();
    await expect(page.getByText(text('workbench.check.ok'))).toBeVisible();
    // The check's answer came from its worker: started from the app's own file, no fallback.
    expect(
      workers.filter((url) => /\/assets\/check-draft\.worker-[\w-]+\.js$/.test(url)),
    ).toHaveLength(1);
    expect(warnings.filter((warning) => warning.includes('main thread'))).toEqual([]);
    // And what it compiled is what the preview shows, in the reader's comparison view.
    const preview = page.getByRole('region', { name: text('workbench.preview.heading') });
    await expect(preview.locator('article[aria-labelledby="event-title"]')).toBeVisible();
    await expect(
      preview.getByRole('combobox', { name: text('workbench.preview.eventLabel') }),
    ).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
