import type { Actor, Place, Side } from '../../src/corpus/schema';
import { withGeometry } from './place-geometry';
import {
  bodyNames,
  bodyPatterns,
  familyNames,
  firstNames,
  governorates,
  metrics,
  sides as sideNames,
  topics as topicNames,
  towns,
} from './name-banks';
import type { Prng } from './prng';

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs, numbering the repeats, so ids stay unique whatever the banks hold. */
export class SlugPool {
  private readonly used = new Set<string>();

  take(text: string): string {
    const base = slugify(text).slice(0, 60).replace(/-+$/, '') || 'item';
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

export interface Registries {
  sides: Side[];
  actors: Actor[];
  places: Place[];
  topics: { id: string; label: { ar: string; en: string } }[];
  metrics: typeof metrics;
  /** Actors that can publish a source. */
  outlets: Actor[];
  /** Places events happen in (towns), with the governorate each is in. */
  eventPlaces: Place[];
}

function fill(pattern: { ar: string; en: string }, x: { ar: string; en: string }) {
  return { ar: pattern.ar.replace('{x}', x.ar), en: pattern.en.replace('{x}', x.en) };
}

/** One in seven actors is a person speaking for a body of the same side. */
function makeActors(count: number, sides: Side[], random: Prng): Actor[] {
  const ids = new SlugPool();
  const actors: Actor[] = [];
  for (let i = 0; i < count; i += 1) {
    const side = sides[i % sides.length] ?? random.pick(sides);
    const bodies = actors.filter((actor) => actor.side === side.id && actor.kind !== 'person');
    // The first actors are outlets, so even a tiny corpus has sources with a named outlet.
    if (i >= 2 && bodies.length > 0 && random.chance(1 / 7)) {
      const first = random.pick(firstNames);
      const family = random.pick(familyNames);
      const name = { ar: `${first.ar} ${family.ar}`, en: `${first.en} ${family.en}` };
      const body = random.pick(bodies);
      actors.push({
        id: ids.take(name.en),
        name,
        aliases: { ar: [family.ar], en: [] },
        kind: 'person',
        memberOf: body.id,
        side: side.id,
      });
      continue;
    }
    const pattern =
      i < 2 ? (bodyPatterns[6 + i] ?? random.pick(bodyPatterns)) : random.pick(bodyPatterns);
    const name = fill(pattern, random.pick(bodyNames));
    actors.push({
      id: ids.take(name.en),
      name,
      aliases: { ar: [], en: [] },
      kind: pattern.kind,
      side: side.id,
    });
  }
  return actors;
}

function makePlaces(random: Prng): { places: Place[]; eventPlaces: Place[] } {
  const ids = new SlugPool();
  const country: Place = {
    id: ids.take('Syria'),
    name: { ar: 'سوريا', en: 'Syria' },
    aliases: { ar: ['سورية'], en: [] },
    kind: 'country',
  };
  const provinces: Place[] = governorates.map((name) => ({
    id: ids.take(`${name.en} governorate`),
    name: { ar: `محافظة ${name.ar}`, en: `${name.en} governorate` },
    aliases: { ar: [name.ar], en: [name.en] },
    kind: 'governorate',
    within: country.id,
  }));
  const eventPlaces: Place[] = towns.map((name) => ({
    id: ids.take(name.en),
    name,
    aliases: { ar: [], en: [] },
    kind: random.pick(['city', 'town', 'village'] as const),
    within: random.pick(provinces).id,
  }));
  return { places: withGeometry([country, ...provinces, ...eventPlaces]), eventPlaces };
}

export function makeRegistries(actorCount: number, random: Prng): Registries {
  const sideIds = new SlugPool();
  const sides: Side[] = sideNames.map((label) => ({ id: sideIds.take(label.en), label }));
  const actors = makeActors(actorCount, sides, random);
  const topicIds = new SlugPool();
  const topics = topicNames.map((label) => ({ id: topicIds.take(label.en), label }));
  return {
    sides,
    actors,
    ...makePlaces(random),
    topics,
    metrics,
    outlets: actors.filter((actor) => actor.kind === 'media-outlet'),
  };
}
