import type { Actor, Side } from '@/corpus/schema';
import { eventSides, sideOfParty, sidesOfParties } from './event-sides';

const side = (id: string): [string, Side] => [id, { id, label: { en: id, ar: id } }];
const actor = (id: string, sideId: string, kind: Actor['kind'] = 'state-body'): [string, Actor] => [
  id,
  { id, name: { en: id, ar: id }, aliases: { en: [], ar: [] }, kind, side: sideId },
];

// The corpus's order of sides, as data/sides.json lists them.
const lookups = {
  sides: new Map([side('government'), side('opposition'), side('monitors'), side('international')]),
  actors: new Map([
    actor('mod', 'government'),
    actor('state-tv', 'government', 'media-outlet'),
    actor('nlf', 'opposition', 'armed-group'),
    // An outlet counts with the side it is aligned to.
    actor('opposition-outlet', 'opposition', 'media-outlet'),
    actor('sohr', 'monitors', 'monitor'),
    actor('stray', 'a-side-the-corpus-does-not-define'),
  ]),
};

describe('sideOfParty', () => {
  it('gives the side of a party, an outlet its aligned side, and none the corpus does not know', () => {
    const sideOf = sideOfParty(lookups);
    expect(sideOf('mod')).toBe('government');
    expect(sideOf('opposition-outlet')).toBe('opposition');
    expect(sideOf('stray')).toBeUndefined();
    expect(sideOf('nobody')).toBeUndefined();
  });
});

describe('sidesOfParties', () => {
  it('groups parties by side in the order they came, and keeps unsided parties apart', () => {
    expect(
      sidesOfParties(['nlf', 'mod', 'stray', 'opposition-outlet'], sideOfParty(lookups)),
    ).toEqual({
      spoke: [
        { side: 'opposition', parties: ['nlf', 'opposition-outlet'] },
        { side: 'government', parties: ['mod'] },
      ],
      unsided: ['stray'],
    });
  });
});

describe('eventSides', () => {
  it("lists the sides that spoke in the corpus's order, and the corpus's sides that did not", () => {
    expect(eventSides(['sohr', 'nlf', 'mod', 'state-tv', 'stray'], lookups)).toEqual({
      spoke: [
        { side: 'government', parties: ['mod', 'state-tv'] },
        { side: 'opposition', parties: ['nlf'] },
        { side: 'monitors', parties: ['sohr'] },
      ],
      unsided: ['stray'],
      absent: ['international'],
    });
  });

  it('calls every side of the corpus absent from an event no party spoke in', () => {
    expect(eventSides([], lookups)).toEqual({
      spoke: [],
      unsided: [],
      absent: ['government', 'opposition', 'monitors', 'international'],
    });
  });

  it('says only the opposition spoke when it did, however many of its voices', () => {
    const { spoke, absent } = eventSides(['nlf', 'opposition-outlet'], lookups);
    expect(spoke.map((voices) => voices.side)).toEqual(['opposition']);
    expect(absent).toEqual(['government', 'monitors', 'international']);
  });
});
