import type { DehydratedState } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtShardFiles } from '../../src/corpus/compiler/build-shards';
import type { CorpusIndex, SourceSummary } from '../../src/corpus/shards';
import { compileCorpusDir } from '../corpus/compile-corpus-dir';
import { pageReads } from './page-reads';
import type { RenderPage } from './prerender-job';

// As the prerender worker loads it, by file: the app's own server entry (TSX, which this
// project's TypeScript does not compile), typed by what the build expects of it.
const serverEntry = new URL('../../src/entry-server.tsx', import.meta.url).pathname;
const { renderPage } = (await import(serverEntry)) as { renderPage: RenderPage };

/** The compiled Idlib corpus, as the prerender reads it from disk: parsed afresh at each read. */
let files: Map<string, string>;
let index: CorpusIndex;
let sources: SourceSummary[];

beforeAll(async () => {
  const result = await compileCorpusDir('data');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  index = result.index;
  files = new Map([
    ['index.json', JSON.stringify(result.index)],
    ...builtShardFiles(result).map((shard) => [shard.path, shard.json] as const),
  ]);
  sources = result.sourceLocatorShards.flatMap((bucket) => bucket.data.sources);
});

/** A reader of the corpus that remembers what each render asked for. */
function recordingReader() {
  const asked: string[] = [];
  const read = (file: string): Promise<unknown> => {
    asked.push(file);
    const json = files.get(file);
    if (json === undefined) return Promise.reject(new Error(`no corpus file ${file}`));
    return Promise.resolve(JSON.parse(json));
  };
  return { asked, read };
}

/**
 * A page's data, without when it was read: without the reads, the event route's loader also
 * tries (and fails) to fetch the shard over HTTP before the render reads it from disk, which
 * only the timestamps and failure counts record.
 */
function comparable(state: unknown) {
  const { queries, ...rest } = state as { queries: DehydratedState };
  return {
    ...rest,
    queries: queries.queries.map(({ queryHash, queryKey, state }) => ({
      queryHash,
      queryKey,
      status: state.status,
      data: state.data,
    })),
  };
}

const flagship = 'disputed-attack-southeast-idlib-2020-01';

describe('the files a page is known to read (page-reads.ts)', () => {
  const pages = () => {
    const source = sources[0];
    if (!source) throw new Error('the Idlib corpus has no source');
    // Russia speaks with its ministry's and its base's words: members' events count too.
    const party = 'russia';
    return [
      { url: `/actors/${party}`, entry: { actorId: party } },
      { url: `/ar/actors/${party}`, entry: { actorId: party } },
      { url: `/events/${flagship}`, entry: { eventId: flagship } },
      { url: `/ar/events/${flagship}`, entry: { eventId: flagship } },
      { url: `/sources/${source.id}`, entry: { sourceId: source.id } },
      { url: `/ar/sources/${source.id}`, entry: { sourceId: source.id } },
    ];
  };

  it('are exactly the shards a comparison, a source and a party page ask for as they render', async () => {
    const readsOf = pageReads(index, sources);
    for (const { url, entry } of pages()) {
      const { asked, read } = recordingReader();
      await renderPage(url, read, false, []);
      const shards = [...new Set(asked)].filter((file) => file !== 'index.json');
      expect(readsOf(entry), url).toEqual(shards);
    }
  });

  it('give the same page, markup and data, as rendering without them', async () => {
    const readsOf = pageReads(index, sources);
    for (const { url, entry } of pages()) {
      const reads = readsOf(entry);
      expect(reads.length, url).toBeGreaterThan(0);
      const without = await renderPage(url, recordingReader().read, false, []);
      const given = recordingReader();
      const withReads = await renderPage(url, given.read, false, reads);
      expect(withReads.html, url).toBe(without.html);
      expect(comparable(withReads.state), url).toEqual(comparable(without.state));
      // Nothing left to ask for once they are in: the page rendered once.
      expect(
        given.asked.filter((file) => file !== 'index.json' && !reads.includes(file)),
        url,
      ).toEqual([]);
    }
  });

  it('name nothing for a page whose view reads only the index', () => {
    expect(pageReads(index, sources)({})).toEqual([]);
  });
});
