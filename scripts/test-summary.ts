/**
 * Prints one closing line for `npm test`, "<N> passed, <N> failed, <N> skipped",
 * summed over the Vitest and Playwright JSON reports, so a run that executed no
 * test is visible as such. A skipped test fails the run: it is work not done
 * that would otherwise pass unnoticed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const vitestReport = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});

const playwrightReport = z.object({
  stats: z.object({
    expected: z.number(),
    unexpected: z.number(),
    flaky: z.number(),
    skipped: z.number(),
  }),
});

function read(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const [vitestPath, playwrightPath] = process.argv.slice(2);
if (!vitestPath || !playwrightPath) {
  console.error('usage: tsx scripts/test-summary.ts <vitest.json> <playwright.json>');
  process.exit(2);
}
const unit = vitestReport.parse(read(vitestPath));
const e2e = playwrightReport.parse(read(playwrightPath)).stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`unit ${unit.numPassedTests} passed · end-to-end ${e2e.expected + e2e.flaky} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skipped > 0) console.error('skipped tests are not allowed: remove the skip or the test');
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
