import { annotationNote } from './annotation-note';

/**
 * One annotation of an imported file, reduced to what anchoring needs: the page it targets and
 * its text selectors. Read from the W3C Web Annotation model (as Riwaya's own
 * `corpus/annotations.jsonld` writes it) and from Hypothesis's API, whose annotations carry the
 * same selectors under `target[].selector[]`.
 */
export interface ReadAnnotation {
  /** Its position in the file, from 1: how a warning names an annotation with no id. */
  index: number;
  id?: string;
  /** The addresses its target names (`source`, Hypothesis's `uri`), best first. */
  sources: string[];
  quote?: { exact: string; prefix?: string; suffix?: string };
  /** Code points of the page's text, as the model counts them. */
  position?: { start: number; end: number };
  /** Its comment and who made it, carried to the claim draft. */
  note?: string;
}

type ReadAnnotations =
  | { ok: true; annotations: ReadAnnotation[] }
  | { ok: false; problem: 'not-annotations' | 'no-text-selectors'; count: number };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** A JSON-LD type without its prefix: "oa:TextQuoteSelector" and the full IRI both count. */
function typesOf(value: Json): string[] {
  return listOf(value.type ?? value['@type']).flatMap((type) =>
    typeof type === 'string' ? [type.replace(/^.*[#:/]/, '')] : [],
  );
}

const isCollection = (value: Json) =>
  typesOf(value).some((type) => type === 'AnnotationCollection' || type === 'AnnotationPage');

/** An annotation is whatever says it is one, or (Hypothesis, untyped) has a target. */
const isAnnotation = (value: Json) =>
  typesOf(value).includes('Annotation') || (!isCollection(value) && 'target' in value);

/** The annotation objects a file holds, in order, however it packs them. */
function annotationObjects(file: unknown): Json[] {
  if (Array.isArray(file)) return file.filter(isObject).filter(isAnnotation);
  if (!isObject(file)) return [];
  if (isAnnotation(file)) return [file];
  const first = isObject(file.first) ? file.first.items : undefined;
  const packed = [file.rows, file.annotations, file.items, file['@graph'], first].find(
    Array.isArray,
  );
  return (packed ?? []).filter(isObject).filter(isAnnotation);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const offset = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function selectorsOf(target: Json): Pick<ReadAnnotation, 'quote' | 'position'> {
  const found: Pick<ReadAnnotation, 'quote' | 'position'> = {};
  for (const selector of listOf(target.selector).filter(isObject)) {
    const types = typesOf(selector);
    const exact = text(selector.exact);
    if (types.includes('TextQuoteSelector') && exact !== undefined && found.quote === undefined) {
      const prefix = text(selector.prefix);
      const suffix = text(selector.suffix);
      found.quote = {
        exact,
        ...(prefix === undefined ? {} : { prefix }),
        ...(suffix === undefined ? {} : { suffix }),
      };
    }
    const start = offset(selector.start);
    const end = offset(selector.end);
    if (
      types.includes('TextPositionSelector') &&
      start !== undefined &&
      end !== undefined &&
      end > start &&
      found.position === undefined
    ) {
      found.position = { start, end };
    }
  }
  return found;
}

function readOne(value: Json, index: number): ReadAnnotation {
  const targets = listOf(value.target);
  const objects = targets.filter(isObject);
  // The first target with a text selector is the one anchored; the others only name pages.
  const selected =
    objects
      .map(selectorsOf)
      .find((found) => found.quote !== undefined || found.position !== undefined) ?? {};
  const sources = [
    ...objects.map((target) => text(target.source) ?? text(target.id)),
    ...targets.map(text),
    text(value.uri),
  ].filter((source): source is string => source !== undefined && source !== '');
  const id = text(value.id) ?? text(value['@id']);
  const note = annotationNote(value);
  return {
    index,
    ...(id === undefined ? {} : { id }),
    sources: [...new Set(sources)],
    ...selected,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The annotations of a parsed file: one annotation, an array of them, an AnnotationPage or
 * AnnotationCollection (`items`, `first.items`), a JSON-LD `@graph`, a Hypothesis API answer
 * (`rows`) or the Hypothesis client's own JSON export (`annotations`). A file with none is not an annotation file; one whose annotations have no
 * text selector at all cannot anchor anything.
 */
export function readAnnotations(file: unknown): ReadAnnotations {
  const objects = annotationObjects(file);
  if (objects.length === 0) return { ok: false, problem: 'not-annotations', count: 0 };
  const annotations = objects.map((value, index) => readOne(value, index + 1));
  if (annotations.every(({ quote, position }) => quote === undefined && position === undefined)) {
    return { ok: false, problem: 'no-text-selectors', count: annotations.length };
  }
  return { ok: true, annotations };
}
