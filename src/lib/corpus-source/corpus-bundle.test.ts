import { corpusBundleSchema, createCorpusBundle, looksLikeBundle } from './corpus-bundle';

describe('corpus bundle format', () => {
  const files = [
    { path: 'data/corpus.json', text: '{"id":"x"}' },
    { path: 'data/sources/a.txt', text: 'نص عربي\n' },
  ];

  it('round-trips through JSON and the schema', () => {
    const bundle = createCorpusBundle(files);
    const parsed = corpusBundleSchema.parse(JSON.parse(JSON.stringify(bundle)));
    expect(parsed).toEqual({ format: 'riwaya-corpus-bundle', version: 1, files });
  });

  it('rejects another version, extra keys and non-string texts', () => {
    const bundle = createCorpusBundle(files);
    expect(corpusBundleSchema.safeParse({ ...bundle, version: 2 }).success).toBe(false);
    expect(corpusBundleSchema.safeParse({ ...bundle, extra: 1 }).success).toBe(false);
    expect(
      corpusBundleSchema.safeParse({ ...bundle, files: [{ path: 'data/a.json', text: 1 }] })
        .success,
    ).toBe(false);
  });

  it('recognises a bundle by its format field only', () => {
    expect(looksLikeBundle({ format: 'riwaya-corpus-bundle', version: 9 })).toBe(true);
    expect(looksLikeBundle({ files: [] })).toBe(false);
    expect(looksLikeBundle(null)).toBe(false);
    expect(looksLikeBundle('riwaya-corpus-bundle')).toBe(false);
  });
});
