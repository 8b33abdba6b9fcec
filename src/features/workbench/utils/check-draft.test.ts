import { describe, expect, it } from 'vitest';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { addSource } from './add-source';
import { checkDraft } from './check-draft';
import { emptyDraftFiles, jsonFile } from './draft-files';

describe('checkDraft', () => {
  it('finds nothing wrong in an empty draft', () => {
    expect(checkDraft(emptyDraftFiles('c', { ar: 'مجموعة', en: 'Corpus' })).problems).toEqual([]);
  });

  it('reports problems as the CLI prints them: file: path: reason', () => {
    const files = {
      ...addSource(emptyDraftFiles('c', { ar: 'مجموعة', en: 'Corpus' }), {
        id: 'statement',
        outlet: 'no-such-outlet',
        title: 'بيان',
        language: 'ar',
        published: { value: '2020-01-23', precision: 'day', basis: 'stated' },
        text: 'قالت الوزارة إن 40 جنديا قتلوا.',
      }),
      'events/broken.json': jsonFile({ $schema: '../schema/event.schema.json', id: 'broken' }),
    };
    const lines = checkDraft(files).problems.map((problem) => problem.line);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^data\/[^:]+: \$[^:]*: .+/);
    expect(lines.some((line) => line.startsWith('data/sources/statement.json: $.outlet: '))).toBe(
      true,
    );
    expect(lines.some((line) => line.startsWith('data/events/broken.json: '))).toBe(true);
  });

  it('carries the compiled corpus when the draft passes, for the preview, and none when it fails', () => {
    const files = Object.fromEntries(
      fixtureFiles(minimalCorpus(), 'data').map((file) => [
        file.path.slice('data/'.length),
        file.text,
      ]),
    );
    const passed = checkDraft(files);
    expect(passed.problems).toEqual([]);
    expect(passed.corpus?.index.events.map((event) => event.id)).toEqual(['tal-milh-attack']);
    expect(passed.corpus?.eventShards[0]?.data.claims.length).toBe(4);

    const failed = checkDraft({ ...files, 'events/broken.json': '{' });
    expect(failed.problems.length).toBeGreaterThan(0);
    expect(failed.corpus).toBeUndefined();
  });
});
