import { classifyPath } from '@/corpus/compiler/corpus-layout';
import { corpusFilesOf, type DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';

/** A source of the draft with its text and the addresses it was found at. */
export interface DraftSourceText {
  id: string;
  text: string;
  url?: string;
  archivedUrl?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The draft's sources whose JSON parses and whose text file is there, sorted by id. */
export function draftSourceTexts(files: DraftFiles): DraftSourceText[] {
  const corpus = corpusFilesOf(files);
  const sources: DraftSourceText[] = [];
  for (const path of Object.keys(corpus).sort()) {
    if (classifyPath(path) !== 'source') continue;
    // A source mid-edit anchors nothing; the check says why.
    const fields = parseJsonObject(corpus[path]);
    if (!fields) continue;
    const id = text(fields.id);
    const textFile = text(fields.textFile);
    const sourceText = textFile === undefined ? undefined : corpus[`sources/${textFile}`];
    if (id === undefined || sourceText === undefined) continue;
    const url = text(fields.url);
    const archivedUrl = text(fields.archivedUrl);
    sources.push({
      id,
      text: sourceText,
      ...(url === undefined ? {} : { url }),
      ...(archivedUrl === undefined ? {} : { archivedUrl }),
    });
  }
  return sources;
}
