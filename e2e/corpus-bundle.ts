import type { Page } from '@playwright/test';
import { readCorpusDir } from '../scripts/corpus/read-corpus-dir';
import { createCorpusBundle } from '../src/lib/corpus-source/corpus-bundle';

/** The compiler's minimal fixture, as the one-file bundle `npm run corpus:bundle` writes. */
export const MINIMAL_CORPUS = {
  dir: 'scripts/corpus/fixtures/minimal',
  id: 'test',
  title: 'Test',
  eventId: 'tal-milh-attack',
} as const;

export async function minimalBundle(): Promise<Buffer> {
  const files = await readCorpusDir(MINIMAL_CORPUS.dir, 'data');
  return Buffer.from(JSON.stringify(createCorpusBundle(files)));
}

/** Imports the minimal corpus from /corpora; the page then uses it (`?corpus=test`). */
export async function importMinimalCorpus(page: Page) {
  await page.locator('input[type="file"]').setInputFiles({
    name: 'minimal.json',
    mimeType: 'application/json',
    buffer: await minimalBundle(),
  });
}
