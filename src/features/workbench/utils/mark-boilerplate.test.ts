import { describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { checkDraft } from './check-draft';
import { markBoilerplate } from './mark-boilerplate';
import { quoteFromSelection } from './quote-from-selection';
import { seedDraft } from './seed-draft-fixture';

const files = seedDraft();
const text = files['sources/mod-40-soldiers.txt'] ?? '';

describe('markBoilerplate', () => {
  it('lists a selected span as page furniture of its kind, the text untouched, and the compiler finds it', () => {
    const words = 'وزارة الدفاع الروسية';
    const at = text.indexOf(words, text.indexOf(words) + 1);
    const selected = quoteFromSelection(text, at, at + words.length);
    if (!selected.ok) throw new Error('not selected');
    const marked = markBoilerplate(files, {
      source: 'mod-40-soldiers',
      text: selected.quote,
      ...(selected.occurrence === undefined ? {} : { occurrence: selected.occurrence }),
      kind: 'read-also',
    });
    if (!marked) throw new Error('not marked');
    expect(marked['sources/mod-40-soldiers.txt']).toBe(text);
    expect(JSON.parse(marked['sources/mod-40-soldiers.json'] ?? '')).toMatchObject({
      boilerplate: [{ text: words, occurrence: 2, kind: 'read-also' }],
    });
    expect(checkDraft(marked).problems).toEqual([]);
    const compiled = compileCorpus(
      Object.entries(marked).map(([path, body]) => ({ path: `data/${path}`, text: body })),
      { root: 'data' },
    );
    if (!compiled.ok) throw new Error('does not compile');
    const shard = compiled.sourceShards[0]?.data;
    expect(shard?.boilerplate).toEqual([{ kind: 'read-also', start: at, end: at + words.length }]);
    // Marked again: nothing changes.
    expect(
      markBoilerplate(marked, {
        source: 'mod-40-soldiers',
        text: words,
        occurrence: 2,
        kind: 'other',
      }),
    ).toBe(marked);
  });

  it('marks nothing in a source whose description does not parse', () => {
    const broken = { ...files, 'sources/mod-40-soldiers.json': '{ "id": ' };
    expect(
      markBoilerplate(broken, { source: 'mod-40-soldiers', text: 'الروسية', kind: 'other' }),
    ).toBeUndefined();
  });
});
