import { writeFile } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-flags';
import { median } from './stats';

export interface LighthouseScores {
  performance: number | undefined;
  accessibility: number | undefined;
  bestPractices: number | undefined;
  seo: number | undefined;
  fcpMs: number | undefined;
  lcpMs: number | undefined;
  tbtMs: number | undefined;
  cls: number | undefined;
  runs: number;
}

const score = (value: number | null | undefined) =>
  value === null || value === undefined ? undefined : Math.round(value * 100);

/**
 * Lighthouse's default (mobile, simulated throttling) config, in Debian's
 * Chromium started by chrome-launcher; the median of `runs` for each figure.
 * The last report is kept in `reportPath` to see what cost points.
 */
export async function runLighthouse(
  url: string,
  runs: number,
  reportPath: string,
): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      results.push({
        performance: score(categories.performance?.score),
        accessibility: score(categories.accessibility?.score),
        bestPractices: score(categories['best-practices']?.score),
        seo: score(categories.seo?.score),
        fcpMs: audits['first-contentful-paint']?.numericValue,
        lcpMs: audits['largest-contentful-paint']?.numericValue,
        tbtMs: audits['total-blocking-time']?.numericValue,
        cls: audits['cumulative-layout-shift']?.numericValue,
        runs: 1,
      });
      if (run === runs - 1) await writeFile(reportPath, JSON.stringify(result.lhr, null, 1));
    } finally {
      chrome.kill();
    }
  }
  const mid = (pick: (scores: LighthouseScores) => number | undefined) =>
    median(
      results.flatMap((r) => {
        const value = pick(r);
        return value === undefined ? [] : [value];
      }),
    );
  return {
    performance: mid((r) => r.performance),
    accessibility: mid((r) => r.accessibility),
    bestPractices: mid((r) => r.bestPractices),
    seo: mid((r) => r.seo),
    fcpMs: mid((r) => r.fcpMs),
    lcpMs: mid((r) => r.lcpMs),
    tbtMs: mid((r) => r.tbtMs),
    cls: mid((r) => r.cls),
    runs,
  };
}
