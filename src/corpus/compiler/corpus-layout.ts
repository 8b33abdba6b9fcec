/**
 * Where each kind of file lives in a corpus folder, and which JSON Schema its
 * "$schema" should name.
 */
export type CorpusFileKind =
  | 'corpus'
  | 'sides'
  | 'actors'
  | 'places'
  | 'topics'
  | 'metrics'
  | 'source'
  | 'source-text'
  | 'event'
  | 'readme'
  | 'schema'
  | 'unknown';

export type SingleFileKind = 'corpus' | 'sides' | 'actors' | 'places' | 'topics' | 'metrics';

export const requiredFiles: readonly { kind: SingleFileKind; name: string }[] = [
  { kind: 'corpus', name: 'corpus.json' },
  { kind: 'sides', name: 'sides.json' },
  { kind: 'actors', name: 'actors.json' },
  { kind: 'places', name: 'places.json' },
  { kind: 'topics', name: 'topics.json' },
  { kind: 'metrics', name: 'metrics.json' },
];

const topLevel = new Map<string, CorpusFileKind>(
  requiredFiles.map(({ kind, name }) => [name, kind]),
);
const idFileName = /^[^/]+$/;

/** `relative` is the path inside the corpus folder, with forward slashes. */
export function classifyPath(relative: string): CorpusFileKind {
  const known = topLevel.get(relative);
  if (known) return known;
  if (relative === 'README.md' || relative.endsWith('/README.md')) return 'readme';
  if (relative.startsWith('schema/')) return 'schema';
  const [folder, ...rest] = relative.split('/');
  const name = rest.join('/');
  if (!idFileName.test(name)) return 'unknown';
  if (folder === 'sources' && name.endsWith('.json')) return 'source';
  if (folder === 'sources' && name.endsWith('.txt')) return 'source-text';
  if (folder === 'events' && name.endsWith('.json')) return 'event';
  return 'unknown';
}

/** The id a source or event file must carry: its name without ".json". */
export function idFromFileName(relative: string): string {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return name.replace(/\.json$/, '');
}

export type SchemaName = SingleFileKind | 'source' | 'event';

export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}

/** The relative "$schema" a file of this kind points at. */
export function expectedSchemaPointer(kind: SchemaName): string {
  const inSubfolder = kind === 'source' || kind === 'event';
  return `${inSubfolder ? '../' : './'}schema/${schemaFileName(kind)}`;
}

export function isExpectedSchemaPointer(kind: SchemaName, pointer: string): boolean {
  const expected = expectedSchemaPointer(kind);
  return pointer === expected || (expected.startsWith('./') && pointer === expected.slice(2));
}

export const layoutHint =
  'a corpus folder holds corpus.json, sides.json, actors.json, places.json, topics.json, metrics.json, sources/<id>.json with sources/<id>.txt, events/<id>.json, schema/ and README.md';
