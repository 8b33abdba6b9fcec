import type { z } from '../zod';
import {
  actorSchema,
  actorsFileSchema,
  corpusMetaSchema,
  metricSchema,
  metricsFileSchema,
  placeSchema,
  placesFileSchema,
  sideSchema,
  sidesFileSchema,
  topicSchema,
  topicsFileSchema,
} from '../schema';
import type { ErrorSink } from '../rules/corpus-error';
import type { LoadedCorpus, Registry } from './loaded-corpus';
import { rawField, rawIds } from './loaded-corpus';
import { readJson, salvage, type ClassifiedFile } from './read-json-file';
import { validateFile } from './validate-schema';

type RegistryKey = 'sides' | 'actors' | 'places' | 'topics' | 'metrics';

function loadRegistry<S extends z.ZodType>(
  file: ClassifiedFile | undefined,
  path: string,
  key: RegistryKey,
  fileSchema: z.ZodType,
  itemSchema: S,
  sink: ErrorSink,
): Registry<z.output<S>> {
  const raw = file ? readJson(file, sink) : undefined;
  if (!file || raw === undefined) return { file: path, items: [], ids: undefined };
  validateFile(fileSchema, raw, file.path, sink);
  const list = rawField(raw, key);
  const ids = Array.isArray(list) ? new Set(rawIds(list)) : undefined;
  return { file: file.path, items: salvage(list, itemSchema), ids };
}

/** corpus.json and the lists every event and source refers to. */
export function loadRegistries(
  files: readonly ClassifiedFile[],
  prefix: string,
  sink: ErrorSink,
): Pick<LoadedCorpus, 'meta' | RegistryKey> {
  const find = (kind: ClassifiedFile['kind']) => files.find((file) => file.kind === kind);
  const registry = <S extends z.ZodType>(key: RegistryKey, fileSchema: z.ZodType, itemSchema: S) =>
    loadRegistry(find(key), `${prefix}${key}.json`, key, fileSchema, itemSchema, sink);

  const metaFile = find('corpus');
  const metaRaw = metaFile ? readJson(metaFile, sink) : undefined;
  const meta =
    metaFile && metaRaw !== undefined
      ? validateFile(corpusMetaSchema, metaRaw, metaFile.path, sink)
      : undefined;
  return {
    meta: metaFile && meta ? { file: metaFile.path, value: meta } : undefined,
    sides: registry('sides', sidesFileSchema, sideSchema),
    actors: registry('actors', actorsFileSchema, actorSchema),
    places: registry('places', placesFileSchema, placeSchema),
    topics: registry('topics', topicsFileSchema, topicSchema),
    metrics: registry('metrics', metricsFileSchema, metricSchema),
  };
}
