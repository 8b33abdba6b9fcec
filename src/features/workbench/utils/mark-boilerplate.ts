import type { BoilerplateKind } from '@/corpus/source-schema';
import { jsonFile, type DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';

export interface MarkedSpan {
  source: string;
  text: string;
  occurrence?: number;
  kind: BoilerplateKind;
}

/**
 * The draft with a span of a source's text marked as page furniture (share buttons, "read
 * also", a comment form): listed in the source's `boilerplate`, the text itself untouched, so
 * the reader can fold it away and a quote inside it is still found. One edit; a span already
 * marked is not marked twice. Undefined when the source's description does not parse.
 */
export function markBoilerplate(files: DraftFiles, span: MarkedSpan): DraftFiles | undefined {
  const path = `sources/${span.source}.json`;
  const source = parseJsonObject(files[path]);
  if (!source) return undefined;
  const marked = Array.isArray(source.boilerplate) ? (source.boilerplate as unknown[]) : [];
  const entry = {
    text: span.text,
    ...(span.occurrence === undefined ? {} : { occurrence: span.occurrence }),
    kind: span.kind,
  };
  const already = marked.some((item) => {
    const { text, occurrence } = (item ?? {}) as { text?: unknown; occurrence?: unknown };
    return text === span.text && (occurrence ?? 1) === (span.occurrence ?? 1);
  });
  if (already) return files;
  return { ...files, [path]: jsonFile({ ...source, boilerplate: [...marked, entry] }) };
}
