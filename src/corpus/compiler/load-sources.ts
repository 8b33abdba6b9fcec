import { sourceSchema } from '../schema';
import type { ErrorSink } from '../rules/corpus-error';
import { idFromFileName } from './corpus-layout';
import type { LoadedCorpus, LoadedSource } from './loaded-corpus';
import { rawField } from './loaded-corpus';
import { stripBom } from './parse-json-file';
import { readJson, type ClassifiedFile } from './read-json-file';
import { validateFile } from './validate-schema';

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Source files with their texts; a text no source names is reported. */
export function loadSources(
  files: readonly ClassifiedFile[],
  sink: ErrorSink,
): Pick<LoadedCorpus, 'sources' | 'sourceIds'> {
  // A text's byte order mark is an encoding artifact: offsets index the text without it.
  const texts = new Map(
    files
      .filter((file) => file.kind === 'source-text')
      .map((file) => [file.path, stripBom(file.text)]),
  );
  const referenced = new Set<string>();
  const sources: LoadedSource[] = [];
  const sourceIds = new Set<string>();
  for (const file of files.filter((each) => each.kind === 'source')) {
    const raw = readJson(file, sink);
    const rawId = rawField(raw, 'id');
    const rawTextFile = rawField(raw, 'textFile');
    // An unreadable file still claims its name's id and text, so neither is reported twice.
    const id = typeof rawId === 'string' ? rawId : idFromFileName(file.path);
    sourceIds.add(id);
    referenced.add(
      folderOf(file.path) + (typeof rawTextFile === 'string' ? rawTextFile : `${id}.txt`),
    );
    const value = raw === undefined ? undefined : validateFile(sourceSchema, raw, file.path, sink);
    if (!value) continue;
    const textPath = folderOf(file.path) + value.textFile;
    sources.push({ file: file.path, value, textPath, text: texts.get(textPath) });
  }
  for (const path of texts.keys()) {
    if (!referenced.has(path))
      sink.report(path, '$', 'text file not referenced by any source (textFile)');
  }
  return { sources, sourceIds };
}
