import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '../..');
const tag = `collection-probe-${process.pid}`;

/** Where a newcomer might put a test, and the environment its name asks for. */
const probes = [
  { folder: 'src/app', suffix: '.test.ts', project: 'node' },
  { folder: 'src/api', suffix: '.test.ts', project: 'node' },
  { folder: 'src/components', suffix: '.test.ts', project: 'node' },
  { folder: 'src/features/compare/hooks', suffix: '.test.ts', project: 'node' },
  { folder: 'src/features/events/components', suffix: '.test.ts', project: 'node' },
  { folder: 'src/stores', suffix: '.test.ts', project: 'node' },
  { folder: 'scripts', suffix: '.test.ts', project: 'node' },
  { folder: 'scripts/build', suffix: '.test.ts', project: 'node' },
  { folder: 'src/app', suffix: '.test.tsx', project: 'dom' },
  { folder: 'src/features/compare/hooks', suffix: '.dom.test.ts', project: 'dom' },
  { folder: 'src/lib', suffix: '.dom.test.ts', project: 'dom' },
] as const;

const listed = z.array(z.object({ file: z.string(), projectName: z.string() }));

describe('test collection', () => {
  it('runs a probe test wherever it is placed under src/ or scripts/, in the environment its name asks for', async () => {
    const files = probes.map((probe, i) => ({
      ...probe,
      path: join(root, probe.folder, `${tag}-${i}${probe.suffix}`),
    }));
    try {
      for (const file of files) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, "it('probe', () => { expect(1).toBe(1); });\n");
      }
      const { stdout } = await promisify(execFile)(
        'npx',
        // No name filter: `vitest list --json` prints nothing when given one.
        ['vitest', 'list', '--filesOnly', '--json'],
        { cwd: root },
      );
      const collected = listed.parse(JSON.parse(stdout));
      for (const file of files) {
        expect(collected.filter((entry) => entry.file === file.path)).toEqual([
          { file: file.path, projectName: file.project },
        ]);
      }
    } finally {
      for (const file of files) rmSync(file.path, { force: true });
    }
  }, 60_000);
});
