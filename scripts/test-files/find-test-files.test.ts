import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findTestFiles, uncollectedTestFiles } from './find-test-files';

describe('findTestFiles', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'riwaya-tests-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const touch = (path: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
  };

  it('finds every test-named file and skips dependencies, build output and Playwright’s folder', () => {
    for (const path of [
      'src/app/a.test.ts',
      'src/components/b.test.tsx',
      'src/lib/c.dom.test.ts',
      'src/lib/d.spec.ts',
      'scripts/e.test.mts',
      'src/lib/not-a-test.ts',
      'node_modules/pkg/x.test.ts',
      'dist/y.test.js',
      'e2e/journey.spec.ts',
    ]) {
      touch(path);
    }
    expect(findTestFiles(root)).toEqual([
      'scripts/e.test.mts',
      'src/app/a.test.ts',
      'src/components/b.test.tsx',
      'src/lib/c.dom.test.ts',
      'src/lib/d.spec.ts',
    ]);
  });

  it('names the files on disk that the runner did not collect', () => {
    expect(
      uncollectedTestFiles(
        ['src/a.test.ts', 'src/b.spec.ts', 'src/c.test.tsx'],
        ['src/a.test.ts', 'src/c.test.tsx'],
      ),
    ).toEqual(['src/b.spec.ts']);
  });
});
