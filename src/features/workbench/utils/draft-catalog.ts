import { classifyPath } from '@/corpus/compiler/corpus-layout';
import type { LocalizedText } from '@/corpus/primitives';
import type { DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';

type Bilingual = LocalizedText;

/** What a claim form offers to pick from, read from the draft's files as far as they parse (a file mid-edit offers nothing; the check says why). */
export interface DraftCatalog {
  sides: { id: string; label: Bilingual }[];
  actors: { id: string; name: Bilingual; side: string; aliases: { ar: string[]; en: string[] } }[];
  events: {
    id: string;
    path: string;
    title: Bilingual;
    questions: { id: string; label: Bilingual }[];
    /** Where its figures count ("the attack of 22 January"); figures compare only within one. */
    scopes: { id: string; label: Bilingual }[];
  }[];
  /** What figures count ("soldiers killed"), from metrics.json. */
  metrics: { id: string; label: Bilingual }[];
  sources: {
    id: string;
    title: string;
    language: string;
    outlet: string | null;
    published: unknown;
  }[];
  /** Every claim id of the draft: a new claim's must differ. */
  claimIds: Set<string>;
  /** The ids event files are named by, whether or not they parse: a new event's must differ. */
  eventFileIds: Set<string>;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
      )
    : [];
}

function bilingual(value: unknown, fallback: string): Bilingual {
  const text = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    ar: typeof text.ar === 'string' ? text.ar : fallback,
    en: typeof text.en === 'string' ? text.en : fallback,
  };
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** The items of a list that have an id, with their label in both languages. */
function labelled(value: unknown): { id: string; label: Bilingual }[] {
  return records(value).flatMap((item) =>
    typeof item.id === 'string' ? [{ id: item.id, label: bilingual(item.label, item.id) }] : [],
  );
}

/** The draft's sides, parties, events with their questions, and sources. */
export function draftCatalog(files: DraftFiles): DraftCatalog {
  const catalog: DraftCatalog = {
    sides: [],
    actors: [],
    events: [],
    metrics: [],
    sources: [],
    claimIds: new Set(),
    eventFileIds: new Set(),
  };
  for (const side of records(parseJsonObject(files['sides.json'])?.sides)) {
    if (typeof side.id === 'string')
      catalog.sides.push({ id: side.id, label: bilingual(side.label, side.id) });
  }
  for (const actor of records(parseJsonObject(files['actors.json'])?.actors)) {
    if (typeof actor.id !== 'string') continue;
    const aliases = (
      typeof actor.aliases === 'object' && actor.aliases !== null ? actor.aliases : {}
    ) as Record<string, unknown>;
    catalog.actors.push({
      id: actor.id,
      name: bilingual(actor.name, actor.id),
      side: typeof actor.side === 'string' ? actor.side : '',
      aliases: { ar: strings(aliases.ar), en: strings(aliases.en) },
    });
  }
  for (const metric of records(parseJsonObject(files['metrics.json'])?.metrics)) {
    if (typeof metric.id === 'string')
      catalog.metrics.push({ id: metric.id, label: bilingual(metric.label, metric.id) });
  }
  for (const path of Object.keys(files).sort()) {
    const kind = classifyPath(path);
    if (kind === 'event')
      catalog.eventFileIds.add(path.replace(/^.*\//, '').replace(/\.json$/, ''));
    if (kind !== 'event' && kind !== 'source') continue;
    const value = parseJsonObject(files[path]);
    if (value === undefined || typeof value.id !== 'string') continue;
    if (kind === 'event') {
      for (const claim of records(value.claims)) {
        if (typeof claim.id === 'string') catalog.claimIds.add(claim.id);
      }
      catalog.events.push({
        id: value.id,
        path,
        title: bilingual(value.title, value.id),
        questions: labelled(value.questions),
        scopes: labelled(value.scopes),
      });
    } else {
      catalog.sources.push({
        id: value.id,
        title: typeof value.title === 'string' ? value.title : value.id,
        language: typeof value.language === 'string' ? value.language : 'ar',
        outlet: typeof value.outlet === 'string' ? value.outlet : null,
        published: value.published,
      });
    }
  }
  return catalog;
}
