import { expectedSchemaPointer } from '@/corpus/compiler/corpus-layout';
import type { CorpusIndex, EventShard, SourceShard } from '@/corpus/shards';
import { jsonFile, registryFiles, type DraftFiles } from './draft-files';

export interface CompiledCorpus {
  index: CorpusIndex;
  events: readonly EventShard[];
  sources: readonly SourceShard[];
}

/** How many times `needle` occurs in `text` before `start`, and in all. */
function occurrences(text: string, needle: string, start: number): { before: number; all: number } {
  let before = 0;
  let all = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    all += 1;
    if (at < start) before += 1;
  }
  return { before, all };
}

function sourceFiles(shard: SourceShard, files: Record<string, string>): void {
  const { source, text } = shard;
  const boilerplate = shard.boilerplate.map(({ kind, start, end }) => {
    const span = text.slice(start, end);
    const { before, all } = occurrences(text, span, start);
    return all > 1 ? { text: span, occurrence: before + 1, kind } : { text: span, kind };
  });
  const textFile = `${source.id}.txt`;
  files[`sources/${source.id}.json`] = jsonFile({
    $schema: expectedSchemaPointer('source'),
    ...source,
    textFile,
    boilerplate,
  });
  files[`sources/${textFile}`] = text;
}

function eventFile(shard: EventShard, languages: ReadonlyMap<string, string>): string {
  const claims = shard.claims.map((compiled) => {
    // What the build added: the event, the offsets and a language resolved from the source.
    const { event, quoteStart, quoteEnd, language, ...claim } = compiled;
    return language === languages.get(claim.source) ? claim : { ...claim, language };
  });
  return jsonFile({ $schema: expectedSchemaPointer('event'), ...shard.event, claims });
}

/**
 * A compiled corpus (the bundled one, or one imported into this browser) turned back into the
 * data/ layout, to start a draft from: the shards carry every field of the files, the texts as
 * received, and where each boilerplate span lies.
 */
export function draftFilesFromCompiled({ index, events, sources }: CompiledCorpus): DraftFiles {
  const files: Record<string, string> = {
    'corpus.json': jsonFile({ $schema: expectedSchemaPointer('corpus'), ...index.corpus }),
  };
  for (const kind of Object.keys(registryFiles) as (keyof typeof registryFiles)[]) {
    files[`${kind}.json`] = jsonFile({ $schema: expectedSchemaPointer(kind), [kind]: index[kind] });
  }
  for (const shard of sources) sourceFiles(shard, files);
  const languages = new Map(sources.map((shard) => [shard.source.id, shard.source.language]));
  for (const shard of events) files[`events/${shard.event.id}.json`] = eventFile(shard, languages);
  return files;
}
