import { expectedSchemaPointer } from '@/corpus/compiler/corpus-layout';
import type { Source } from '@/corpus/source-schema';
import { jsonFile, type DraftFiles } from './draft-files';

/** A source as the form fills it: the fields of sources/<id>.json, and its text. */
export type NewSource = Omit<Source, '$schema' | 'textFile' | 'boilerplate'> & { text: string };

/** Text compared for duplicates: the same article pasted twice differs only in spacing. */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The id of a source already in the draft with the same text, if there is one. */
export function duplicateSourceOf(files: DraftFiles, text: string): string | undefined {
  const wanted = comparable(text);
  for (const [path, existing] of Object.entries(files)) {
    const match = /^sources\/([^/]+)\.txt$/.exec(path);
    if (match?.[1] !== undefined && comparable(existing) === wanted) return match[1];
  }
  return undefined;
}

export function sourceIdTaken(files: DraftFiles, id: string): boolean {
  return `sources/${id}.json` in files || `sources/${id}.txt` in files;
}

/** The draft with one more source: its JSON file, naming its schema and text file, and its text. */
export function addSource(files: DraftFiles, { text, ...fields }: NewSource): DraftFiles {
  const textFile = `${fields.id}.txt`;
  const source = { $schema: expectedSchemaPointer('source'), ...fields, textFile };
  return {
    ...files,
    [`sources/${fields.id}.json`]: jsonFile(source),
    [`sources/${textFile}`]: text,
  };
}
