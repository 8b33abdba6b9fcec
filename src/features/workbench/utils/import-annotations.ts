import { normalizeText, type NormalizedText } from '@/corpus/compiler/text-normalize';
import type { DraftFiles } from './draft-files';
import { anchorAnnotation, type Anchor } from './anchor-annotation';
import { sourceByAddress } from './annotation-source';
import { draftSourceTexts, type DraftSourceText } from './draft-source-texts';
import { pendingClaimsOf, type PendingClaim } from './pending-claims';
import { placedQuoteKeys, quoteKey } from './placed-quotes';
import { quoteOccurrence } from './quote-occurrence';
import { readAnnotations, type ReadAnnotation } from './read-annotations';

/**
 * Annotations one file may bring: far above a Hypothesis group's export of a project, low
 * enough that anchoring each one in every source of a draft does not freeze the tab.
 */
export const MAX_IMPORTED_ANNOTATIONS = 5_000;

/** Why a whole file imports nothing; said at the file field. */
export type AnnotationFileProblem =
  | { kind: 'not-json' }
  | { kind: 'not-annotations' }
  | { kind: 'no-text-selectors'; count: number }
  | { kind: 'too-many'; count: number; limit: number }
  | { kind: 'no-sources' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'encoding' };

/** What happened to one annotation that was not simply drafted, listed after the import. */
export interface AnnotationWarning {
  kind:
    | 'no-selector'
    | 'no-source'
    | 'not-found'
    | 're-anchored'
    | 'ambiguous'
    | 'several-sources'
    | 'already-pending'
    | 'already-placed';
  /** The annotation named as a reader finds it: its place in the file, its id, its words. */
  annotation: { index: number; id?: string; exact?: string };
  /** The source it was anchored in or looked for in. */
  source?: string;
  /** The page its target names, when that page is not a source of the draft. */
  address?: string;
  /** The source's own words, taken as the quote (re-anchored, ambiguous). */
  quote?: string;
}

type AnnotationImport =
  | { ok: true; created: PendingClaim[]; warnings: AnnotationWarning[] }
  | { ok: false; problem: AnnotationFileProblem };

interface Anchored {
  source: DraftSourceText;
  normalized: NormalizedText;
  anchor: Anchor;
}

const rank = { position: 2, quote: 1, approximate: 0 } as const;

/** The best anchor among the sources it was looked for in, and whether another is as good. */
function bestAnchor(
  annotation: ReadAnnotation,
  sources: readonly DraftSourceText[],
  normalizedOf: (source: DraftSourceText) => NormalizedText,
  trustPosition: boolean,
): { best: Anchored; tied: boolean; rivalled: boolean } | undefined {
  const found = sources.flatMap((source) => {
    const normalized = normalizedOf(source);
    const anchor = anchorAnnotation(source.text, normalized, annotation, trustPosition);
    return anchor ? [{ source, normalized, anchor }] : [];
  });
  found.sort((a, b) => rank[b.anchor.how] - rank[a.anchor.how] || b.anchor.score - a.anchor.score);
  const [best, second] = found;
  if (best === undefined) return undefined;
  const rivalled =
    second !== undefined &&
    rank[second.anchor.how] === rank[best.anchor.how] &&
    best.anchor.score - second.anchor.score < 1e-9;
  return { best, tied: best.anchor.tied, rivalled };
}

/** A pending claim id not yet taken in the draft: annotation-1, annotation-2… */
function idMaker(taken: Iterable<string>): () => string {
  const used = new Set(taken);
  let next = 1;
  return () => {
    while (used.has(`annotation-${next}`)) next += 1;
    const id = `annotation-${next}`;
    used.add(id);
    return id;
  };
}

/**
 * Turns a W3C Web Annotation file (or a Hypothesis export) into claim drafts anchored in the
 * draft's sources. Each annotation goes to the source its target's address names, else to the
 * one its words anchor in; it is anchored by position, by exact words, or re-anchored on words
 * that differ slightly (the source's words becoming the quote, with a warning). Annotations that
 * anchor nowhere are warned about, never drafted. The draft itself is not changed here: the
 * caller adds `created` in one edit, so one undo takes the import back.
 */
export function importAnnotations(files: DraftFiles, fileText: string): AnnotationImport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const read = readAnnotations(parsed);
  if (!read.ok) {
    return {
      ok: false,
      problem:
        read.problem === 'not-annotations'
          ? { kind: 'not-annotations' }
          : { kind: 'no-text-selectors', count: read.count },
    };
  }
  const { annotations } = read;
  if (annotations.length > MAX_IMPORTED_ANNOTATIONS) {
    return {
      ok: false,
      problem: { kind: 'too-many', count: annotations.length, limit: MAX_IMPORTED_ANNOTATIONS },
    };
  }
  const sources = draftSourceTexts(files);
  if (sources.length === 0) return { ok: false, problem: { kind: 'no-sources' } };

  const normalizedTexts = new Map<string, NormalizedText>();
  const normalizedOf = (source: DraftSourceText) => {
    let normalized = normalizedTexts.get(source.id);
    if (normalized === undefined) {
      normalized = normalizeText(source.text);
      normalizedTexts.set(source.id, normalized);
    }
    return normalized;
  };
  const pending = pendingClaimsOf(files);
  const placed = placedQuoteKeys(files);
  const newId = idMaker(pending.map((claim) => claim.id));
  const created: PendingClaim[] = [];
  /** The id of the annotation each created draft came from, by index. */
  const createdFrom: (string | undefined)[] = [];
  const warnings: AnnotationWarning[] = [];

  for (const annotation of annotations) {
    const named = {
      index: annotation.index,
      ...(annotation.id === undefined ? {} : { id: annotation.id }),
      ...(annotation.quote === undefined ? {} : { exact: annotation.quote.exact }),
    };
    if (annotation.quote === undefined && annotation.position === undefined) {
      warnings.push({ kind: 'no-selector', annotation: named });
      continue;
    }
    const addressed = sourceByAddress(sources, annotation.sources);
    const found = bestAnchor(
      annotation,
      addressed ? [addressed] : sources,
      normalizedOf,
      addressed !== undefined,
    );
    if (found === undefined) {
      warnings.push(
        addressed
          ? { kind: 'not-found', annotation: named, source: addressed.id }
          : annotation.sources[0] === undefined
            ? { kind: 'not-found', annotation: named }
            : { kind: 'no-source', annotation: named, address: annotation.sources[0] },
      );
      continue;
    }
    const { source, normalized, anchor } = found.best;
    const quote = source.text.slice(anchor.start, anchor.end);
    const occurrence = quoteOccurrence(normalized, quote, anchor.start);
    const same = (claim: PendingClaim) =>
      claim.source === source.id && claim.quote === quote && claim.occurrence === occurrence;
    // Never drafted twice: not what waits already, nor an annotation this file gave before (the
    // same id, or with none the same words and note; two annotations may rightly share words),
    // nor words a claim already stands on.
    const repeated = created.some(
      (claim, at) =>
        same(claim) &&
        (annotation.id === undefined
          ? claim.note === annotation.note
          : createdFrom[at] === annotation.id),
    );
    if (pending.some(same) || repeated) {
      warnings.push({ kind: 'already-pending', annotation: named, source: source.id, quote });
      continue;
    }
    if (placed.has(quoteKey(source.id, quote, occurrence))) {
      warnings.push({ kind: 'already-placed', annotation: named, source: source.id, quote });
      continue;
    }
    createdFrom.push(annotation.id);
    created.push({
      id: newId(),
      source: source.id,
      quote,
      ...(occurrence === undefined ? {} : { occurrence }),
      ...(annotation.note === undefined ? {} : { note: annotation.note }),
    });
    if (anchor.how === 'approximate') {
      warnings.push({ kind: 're-anchored', annotation: named, source: source.id, quote });
    }
    if (found.rivalled) {
      warnings.push({ kind: 'several-sources', annotation: named, source: source.id, quote });
    } else if (found.tied) {
      warnings.push({ kind: 'ambiguous', annotation: named, source: source.id, quote });
    }
  }
  return { ok: true, created, warnings };
}
