import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus';
import { compileErrors, fixtureFiles, minimalCorpus, type CorpusFixture } from './corpus-fixture';

/** A source's archive fields: where a copy is kept, and when the text was retrieved. */

const SOURCE = 'data/sources/mada-tal-milh.json';

function withSource(fields: { archivedUrl?: string; retrieved?: string }): CorpusFixture {
  const fixture = minimalCorpus();
  const source = fixture.sources[0];
  if (!source) throw new Error('fixture source missing');
  Object.assign(source.json, fields);
  return fixture;
}

describe("a source's archive fields", () => {
  it('accepts an archived copy and a retrieval day, and carries them into the source shard', () => {
    const fields = {
      archivedUrl: 'https://web.archive.org/web/20190621000000/https://example.org/a',
      retrieved: '2024-02-29',
    };
    const result = compileCorpus(fixtureFiles(withSource(fields)));
    expect(result.ok && result.sourceShards[0]?.data.source).toMatchObject(fields);
  });

  it('refuses an archived copy that is not an http(s) address', () => {
    expect(compileErrors(withSource({ archivedUrl: 'ftp://archive.example/a' }))).toEqual([
      { file: SOURCE, path: '$.archivedUrl', message: 'archivedUrl must be an http(s) address' },
    ]);
  });

  it('refuses a retrieval day that is not written YYYY-MM-DD', () => {
    expect(compileErrors(withSource({ retrieved: '21/06/2019' }))).toEqual([
      { file: SOURCE, path: '$.retrieved', message: 'retrieved must be a day written YYYY-MM-DD' },
    ]);
  });

  it('refuses a retrieval day that does not exist', () => {
    expect(compileErrors(withSource({ retrieved: '2023-02-29' }))).toEqual([
      { file: SOURCE, path: '$.retrieved', message: 'retrieved must be a real calendar day' },
    ]);
  });
});
