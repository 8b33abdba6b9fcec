import type { z } from '../zod';
import type { ErrorSink } from '../rules/corpus-error';
import {
  expectedSchemaPointer,
  isExpectedSchemaPointer,
  type CorpusFileKind,
  type SchemaName,
} from './corpus-layout';
import type { Indexed } from './loaded-corpus';
import { rawField } from './loaded-corpus';
import { parseJsonText } from './parse-json-file';
import { parseQuietly } from './validate-schema';

/** One file of a corpus, read into memory: `path` as shown in messages. */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface ClassifiedFile extends CorpusFile {
  kind: CorpusFileKind;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a JSON file of the corpus, reporting syntax, unsafe keys and a missing or wrong "$schema". */
export function readJson(file: ClassifiedFile, sink: ErrorSink): unknown {
  const parsed = parseJsonText(file.text);
  for (const problem of parsed.problems) sink.report(file.path, problem.path, problem.message);
  if (!parsed.ok) return undefined;
  const pointer = rawField(parsed.value, '$schema');
  const kind = file.kind as SchemaName;
  // Every data file names its JSON Schema, so an editor checks it as it is typed.
  if (pointer === undefined && isPlainObject(parsed.value)) {
    sink.report(file.path, '$', `missing "$schema": should be "${expectedSchemaPointer(kind)}"`);
  } else if (typeof pointer === 'string' && !isExpectedSchemaPointer(kind, pointer)) {
    sink.report(file.path, '$.$schema', `"$schema" should be "${expectedSchemaPointer(kind)}"`);
  }
  return parsed.value;
}

/** The entries that pass on their own, so one bad entry does not hide the rest. */
export function salvage<S extends z.ZodType>(raw: unknown, itemSchema: S): Indexed<z.output<S>>[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown, index) => {
    const value = parseQuietly(itemSchema, item);
    return value === undefined ? [] : [{ index, value }];
  });
}
