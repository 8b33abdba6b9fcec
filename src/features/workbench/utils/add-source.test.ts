import { describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { addSource, duplicateSourceOf, sourceIdTaken, type NewSource } from './add-source';
import { emptyDraftFiles } from './draft-files';

const source: NewSource = {
  id: 'ministry-statement-2020-01',
  outlet: null,
  outletNote: { ar: 'نص بلا منفذ مسمّى', en: 'A text with no named outlet' },
  title: 'بيان وزارة الدفاع',
  language: 'ar',
  published: { value: '2020-01-23', precision: 'day', basis: 'stated' },
  text: 'قالت وزارة الدفاع\r\nإن 40 جنديا قتلوا.\n',
};

describe('addSource', () => {
  it('writes the source file and its text exactly, and the compiler accepts them', () => {
    const files = addSource(emptyDraftFiles('c', { ar: 'مجموعة', en: 'Corpus' }), source);
    expect(files['sources/ministry-statement-2020-01.txt']).toBe(source.text);
    expect(JSON.parse(files['sources/ministry-statement-2020-01.json'] ?? '')).toMatchObject({
      $schema: '../schema/source.schema.json',
      textFile: 'ministry-statement-2020-01.txt',
    });
    const result = compileCorpus(
      Object.entries(files).map(([path, text]) => ({ path: `data/${path}`, text })),
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual(
      [],
    );
  });

  it('finds a duplicate pasted again with other spacing, and a taken id', () => {
    const files = addSource({}, source);
    expect(duplicateSourceOf(files, '  قالت وزارة الدفاع إن 40 جنديا\n قتلوا. ')).toBe(source.id);
    expect(duplicateSourceOf(files, 'قالت وزارة الخارجية')).toBeUndefined();
    expect(sourceIdTaken(files, source.id)).toBe(true);
    expect(sourceIdTaken(files, 'other')).toBe(false);
  });
});
