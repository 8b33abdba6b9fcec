import { expectedSchemaPointer, requiredFiles } from '@/corpus/compiler/corpus-layout';

/**
 * A draft is a corpus folder in the data/ layout, held as text: path inside the folder
 * ("corpus.json", "events/x.json", "sources/x.txt") to the file's exact contents. Source texts
 * are kept byte for byte as received; JSON files are what `npm run corpus` reads.
 */
export type DraftFiles = Readonly<Record<string, string>>;

/** The key of each registry file's list ("actors" in actors.json). */
export const registryFiles = {
  sides: 'sides',
  actors: 'actors',
  places: 'places',
  topics: 'topics',
  metrics: 'metrics',
} as const;

/** JSON as the corpus's files are written: two-space indent and a final newline. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The files of a new, empty corpus, each naming its JSON Schema. */
export function emptyDraftFiles(id: string, title: { ar: string; en: string }): DraftFiles {
  const files: Record<string, string> = {};
  for (const { kind, name } of requiredFiles) {
    const $schema = expectedSchemaPointer(kind);
    files[name] =
      kind === 'corpus'
        ? jsonFile({ $schema, id, title, description: title })
        : jsonFile({ $schema, [registryFiles[kind]]: [] });
  }
  return files;
}

/** The files sorted by path, as an export writes them and a test compares them. */
export function sortedPaths(files: DraftFiles): string[] {
  return Object.keys(files).sort();
}

/**
 * Workbench-only files (claims drafted but not yet placed, for example) live under this folder
 * of the draft: kept and autosaved with it, never checked by the compiler nor exported.
 */
export const WORKBENCH_FOLDER = '.workbench/';

/** The draft's corpus files: what the compiler checks and an export writes. */
export function corpusFilesOf(files: DraftFiles): DraftFiles {
  return Object.fromEntries(
    Object.entries(files).filter(([path]) => !path.startsWith(WORKBENCH_FOLDER)),
  );
}
