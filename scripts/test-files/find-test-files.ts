import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders that hold no test of ours: dependencies, build output, reports, and Playwright's own. */
const skippedFolders = new Set([
  'node_modules',
  '.git',
  'dist',
  'bench',
  'reports',
  'test-results',
  'playwright-report',
  'coverage',
  // Playwright collects every test file under e2e/.
  'e2e',
]);

const testFileName = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** Every file named like a test under `root`, as paths relative to it with `/` separators. */
export function findTestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && testFileName.test(entry.name)) {
        found.push(relative(root, join(dir, entry.name)).split('\\').join('/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** Test files on disk that the runner did not collect. */
export function uncollectedTestFiles(
  onDisk: readonly string[],
  collected: readonly string[],
): string[] {
  const ran = new Set(collected);
  return onDisk.filter((file) => !ran.has(file));
}
