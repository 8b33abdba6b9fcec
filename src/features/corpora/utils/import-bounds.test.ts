import { strToU8 } from 'fflate';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { IMPORT_LIMITS } from '@/corpus/limits';
import { formatCorpusError } from '@/corpus/rules/corpus-error';
import { createCorpusBundle } from '@/lib/corpus-source/corpus-bundle';
import { importBoundsProblem } from './import-bounds';
import { validateUpload } from './validate-upload';

const files = () => fixtureFiles(minimalCorpus());

/** The fixture with one more file, or one replaced by path. */
function withFile(path: string, value: unknown) {
  return [...files().filter((file) => file.path !== path), { path, text: JSON.stringify(value) }];
}

function importErrors(list: { path: string; text: string }[]): string[] {
  const result = validateUpload(strToU8(JSON.stringify(createCorpusBundle(list))), 'up.json');
  return result.ok ? [] : result.errors.map(formatCorpusError);
}

describe('what an imported corpus may hold', () => {
  it('accepts the fixture', () => {
    expect(importBoundsProblem(files(), 'data')).toBeUndefined();
  });

  it('refuses an event with more claims than a page can show, naming the bound', () => {
    const claims = Array.from({ length: IMPORT_LIMITS.claimsPerEvent + 1 }, () => ({}));
    expect(importErrors(withFile('data/events/huge.json', { id: 'huge', claims }))).toEqual([
      'data/events/huge.json: $.claims: claims in one event: 5,001 found, the limit is 5,000',
    ]);
  });

  it('refuses an event with too many questions', () => {
    const questions = Array.from({ length: 1001 }, () => ({}));
    expect(importErrors(withFile('data/events/q.json', { id: 'q', questions }))).toEqual([
      'data/events/q.json: $.questions: questions in one event: 1,001 found, the limit is 1,000',
    ]);
  });

  it('refuses a corpus whose claims add up past the bound', () => {
    const perFile = 4_000;
    const extra = Array.from({ length: IMPORT_LIMITS.claims / perFile + 1 }, (_, n) => ({
      path: `data/events/bulk-${n}.json`,
      text: JSON.stringify({ claims: new Array<number>(perFile).fill(0) }),
    }));
    const fixtureClaims = minimalCorpus().events.reduce((sum, e) => sum + e.claims.length, 0);
    const total = (extra.length * perFile + fixtureClaims).toLocaleString('en-US');
    expect(importBoundsProblem([...files(), ...extra], 'data')).toEqual({
      file: 'data',
      path: '$',
      message: `claims in one corpus: ${total} found, the limit is 500,000`,
    });
  });

  it('refuses too many parties and too many events', () => {
    const actors = Array.from({ length: IMPORT_LIMITS.parties + 1 }, () => ({}));
    expect(importErrors(withFile('data/actors.json', { actors }))).toEqual([
      'data/actors.json: $.actors: parties: 10,001 found, the limit is 10,000',
    ]);
    const events = Array.from({ length: IMPORT_LIMITS.events + 1 }, (_, n) => ({
      path: `data/events/e-${n}.json`,
      text: '{}',
    }));
    expect(importBoundsProblem(events, 'data')?.message).toBe(
      'events in one corpus: 50,001 found, the limit is 50,000',
    );
  });

  it('refuses a text longer than the bound', () => {
    const title = { ar: 'ن'.repeat(IMPORT_LIMITS.textChars + 1), en: 'x' };
    expect(importErrors(withFile('data/events/long.json', { id: 'long', title }))).toEqual([
      'data/events/long.json: $: characters in one text: 100,001 found, the limit is 100,000',
    ]);
  });
});
