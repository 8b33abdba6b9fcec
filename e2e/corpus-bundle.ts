import { expect, type Page } from '@playwright/test';
import { readCorpusDir } from '../scripts/corpus/read-corpus-dir';
import type { CorpusFile } from '../src/corpus/compiler/read-json-file';
import { createCorpusBundle } from '../src/lib/corpus-source/corpus-bundle';

/** The compiler's minimal fixture, as the one-file bundle `npm run corpus:bundle` writes. */
export const MINIMAL_CORPUS = {
  dir: 'scripts/corpus/fixtures/minimal',
  id: 'test',
  title: 'Test',
  eventId: 'tal-milh-attack',
} as const;

/** The minimal corpus's bundle; `edit` changes its files first (to break one, say). */
export async function minimalBundle(
  edit: (file: CorpusFile) => CorpusFile = (file) => file,
): Promise<Buffer> {
  const files = await readCorpusDir(MINIMAL_CORPUS.dir, 'data');
  return Buffer.from(JSON.stringify(createCorpusBundle(files.map(edit))));
}

/** Hands a file to the import page's file input, as a reader choosing it would. */
export async function chooseCorpusFile(page: Page, name: string, buffer: Buffer) {
  const input = page.locator('input[type="file"]');
  // Setting files skips Playwright's wait for an enabled control: until the app has taken over
  // the prerendered page (or an old `?lang=` link has moved to its page), nobody listens.
  await expect(input).toBeEnabled();
  await input.setInputFiles({
    name,
    mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/json',
    buffer,
  });
}

/** Imports the minimal corpus from /corpora; the page then uses it (`?corpus=test`). */
export async function importMinimalCorpus(page: Page) {
  await chooseCorpusFile(page, 'minimal.json', await minimalBundle());
}
