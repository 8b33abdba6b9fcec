/**
 * Fails `npm test` when a test file exists that Vitest did not collect: a test the runner never
 * sees passes silently forever. Reads the file list from Vitest's JSON report of the run just made.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'zod';
import { findTestFiles, uncollectedTestFiles } from './test-files/find-test-files';

const vitestFiles = z.object({ testResults: z.array(z.object({ name: z.string() })) });

const reportPath = process.argv[2];
if (!reportPath) {
  console.error('usage: tsx scripts/check-test-files.ts <vitest.json>');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const report = vitestFiles.parse(JSON.parse(readFileSync(reportPath, 'utf8')));
const collected = report.testResults.map((file) => relative(root, file.name).split('\\').join('/'));
const orphans = uncollectedTestFiles(findTestFiles(root), collected);
if (orphans.length > 0) {
  console.error(
    `${orphans.length} test file(s) that no Vitest project collects (rename to *.test.ts, ` +
      `*.dom.test.ts or *.test.tsx under src/ or scripts/, or move them there):`,
  );
  for (const file of orphans) console.error(`  ${file}`);
  process.exit(1);
}
console.log(`all ${collected.length} test files were collected`);
