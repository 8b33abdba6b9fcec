import type { BuiltCorpus } from './build-shards';
import type { Actor } from '../schema';
import type { CompiledClaim, EventShard, SourceShard } from '../shards';
import { codePointOffset } from './annotations-code-points';

/** Code points of context either side of a quote, as Hypothesis records them. */
export const ANNOTATION_CONTEXT = 32;

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points of the source text, as the model requires (not UTF-16 units). */
  start: number;
  end: number;
}

interface TextualBody {
  type: 'TextualBody';
  value: string;
  language: string;
  purpose: 'describing';
}

interface LinkBody {
  id: string;
  type: 'Text';
  format: 'text/html';
  purpose: 'linking';
}

export interface ClaimAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: [LinkBody, ...TextualBody[]];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; items: ClaimAnnotation[] };
}

/**
 * Links are relative to the file itself (served at `<site>/corpus/annotations.jsonld`), so they
 * resolve to the site's pages under whatever base path it is deployed: the compiler never knows
 * the site's address. They follow config/paths.ts's event and source paths.
 */
function eventLink(eventId: string, claimId: string): string {
  return `../events/${encodeURIComponent(eventId)}#claim-${encodeURIComponent(claimId)}`;
}

function sourceLink(sourceId: string): string {
  return `../sources/${encodeURIComponent(sourceId)}`;
}

/** Up to `count` code points of `text` ending at UTF-16 offset `end`. */
function pointsBefore(text: string, end: number, count: number): string {
  let start = end;
  for (let taken = 0; taken < count && start > 0; taken += 1) {
    start -= 1;
    const code = text.charCodeAt(start);
    if (code >= 0xdc00 && code <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start -= 1;
    }
  }
  return text.slice(start, end);
}

/** Up to `count` code points of `text` starting at UTF-16 offset `start`. */
function pointsAfter(text: string, start: number, count: number): string {
  let end = start;
  for (let taken = 0; taken < count && end < text.length; taken += 1) {
    const code = text.charCodeAt(end);
    end += 1;
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) {
      const low = text.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end += 1;
    }
  }
  return text.slice(start, end);
}

/** One claim as a W3C Web Annotation on its source's text. */
export function claimAnnotation(
  claim: CompiledClaim,
  text: string,
  speaker: Pick<Actor, 'name'> | undefined,
): ClaimAnnotation {
  const link = eventLink(claim.event, claim.id);
  const names: TextualBody[] = speaker
    ? [
        { type: 'TextualBody', value: speaker.name.en, language: 'en', purpose: 'describing' },
        { type: 'TextualBody', value: speaker.name.ar, language: 'ar', purpose: 'describing' },
      ]
    : [];
  return {
    id: `annotations.jsonld#${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'linking',
    body: [{ id: link, type: 'Text', format: 'text/html', purpose: 'linking' }, ...names],
    target: {
      type: 'SpecificResource',
      source: sourceLink(claim.source),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(claim.quoteStart, claim.quoteEnd),
          prefix: pointsBefore(text, claim.quoteStart, ANNOTATION_CONTEXT),
          suffix: pointsAfter(text, claim.quoteEnd, ANNOTATION_CONTEXT),
        },
        {
          type: 'TextPositionSelector',
          start: codePointOffset(text, claim.quoteStart),
          end: codePointOffset(text, claim.quoteEnd),
        },
      ],
    },
  };
}

/**
 * Every claim of a compiled corpus as one W3C Web Annotation collection: any annotation tool can
 * anchor Riwaya's quotes in their sources, and a reader can check them.
 */
export function buildAnnotations(
  corpusTitle: string,
  actors: readonly Actor[],
  events: readonly Pick<EventShard, 'claims'>[],
  sources: readonly Pick<SourceShard, 'source' | 'text'>[],
): AnnotationCollection {
  const speakers = new Map(actors.map((actor) => [actor.id, actor]));
  const texts = new Map(sources.map((shard) => [shard.source.id, shard.text]));
  const items = events.flatMap(({ claims }) =>
    claims.map((claim) => {
      const text = texts.get(claim.source);
      if (text === undefined) {
        throw new Error(`compiler bug: claim "${claim.id}" cites a source that was not built`);
      }
      return claimAnnotation(claim, text, speakers.get(claim.saidBy));
    }),
  );
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: 'annotations.jsonld',
    type: 'AnnotationCollection',
    label: corpusTitle,
    total: items.length,
    first: { id: 'annotations.jsonld#page-1', type: 'AnnotationPage', items },
  };
}

/** The annotations of a built corpus, as the file `annotations.jsonld` holds them. */
export function builtAnnotationsJson(built: BuiltCorpus): string {
  const annotations = buildAnnotations(
    built.index.corpus.title.en,
    built.index.actors,
    built.eventShards.map((shard) => shard.data),
    built.sourceShards.map((shard) => shard.data),
  );
  return JSON.stringify(annotations);
}
