import { strToU8, zipSync, type Zippable } from 'fflate';
import { corpusJsonSchemas } from '@/corpus/compiler/json-schemas';
import { slugSchema } from '@/corpus/primitives';
import { corpusFilesOf, type DraftFiles } from './draft-files';
import { corpusIdFromTitle } from './new-draft-id';

/**
 * What an export writes: the draft's corpus files (never its `.workbench/` notes) and the
 * JSON Schemas their `$schema` paths point at, so an editor opening the folder finds them.
 * The schemas are generated from the compiler's own schema, as `npm run corpus` writes them.
 */
export function draftExportFiles(files: DraftFiles): DraftFiles {
  const exported: Record<string, string> = { ...corpusFilesOf(files) };
  for (const { fileName, json } of corpusJsonSchemas()) exported[`schema/${fileName}`] = json;
  return exported;
}

/** The corpus id corpus.json gives, when it parses and is a valid id. */
function declaredCorpusId(files: DraftFiles): string | undefined {
  const text = files['corpus.json'];
  if (text === undefined) return undefined;
  try {
    const id: unknown = (JSON.parse(text) as { id?: unknown }).id;
    const parsed = slugSchema.safeParse(id);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name of the export's top folder and of its zip: the corpus id (a slug, so safe as a file
 * name everywhere), or one made from the draft's title while corpus.json does not give one.
 */
export function draftFolderName(files: DraftFiles, title: string): string {
  return declaredCorpusId(files) ?? corpusIdFromTitle(title);
}

export function draftZipName(files: DraftFiles, title: string): string {
  return `${draftFolderName(files, title)}.zip`;
}

/**
 * The corpus folder as a zip, every file inside one top folder (`<corpus-id>/corpus.json`,
 * `<corpus-id>/sources/x.txt`…), each text as its exact UTF-8 bytes. Built whole in memory
 * before anything is handed out, so an export is the complete folder or nothing, never half a
 * file. The corpora page's import finds the folder by its corpus.json, wherever it sits.
 */
export function draftZip(files: DraftFiles, title: string, modified = new Date()): Uint8Array {
  const folder = draftFolderName(files, title);
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(draftExportFiles(files)).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    entries[`${folder}/${path}`] = strToU8(text);
  }
  return zipSync(entries, { level: 6, mtime: modified });
}

/** The zip as a file: what "Download as zip" saves and "Open in Riwaya" imports. */
export function draftZipFile(files: DraftFiles, title: string): File {
  // A copy the typings know sits on a plain ArrayBuffer, as a Blob requires.
  return new File([draftZip(files, title).slice()], draftZipName(files, title), {
    type: 'application/zip',
  });
}
