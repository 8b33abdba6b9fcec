import { deflateSync, strToU8 } from 'fflate';
import { SNAPSHOT_LIMITS } from '@/corpus/limits';
import { toBase64Url } from './base64url';
import { compiledFixture } from './compiled-fixture';
import { createEventSnapshot, type EventSnapshot } from './event-snapshot';
import { decodeSnapshot } from './snapshot-codec';

function fixtureSnapshot(): EventSnapshot {
  const { index, eventShards } = compiledFixture();
  const [shard] = eventShards;
  const snapshot = shard ? createEventSnapshot(index, shard.data) : undefined;
  if (!snapshot) throw new Error('the fixture has no event');
  return snapshot;
}

const packed = (value: unknown) =>
  `data=${toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }))}`;

describe('what a self-contained link may ask a page to render', () => {
  it('refuses a link naming more parties and questions than a page renders, saying which bound', () => {
    const snapshot = fixtureSnapshot();
    const [actor] = snapshot.index.actors;
    const [question] = snapshot.shard.event.questions;
    if (!actor || !question) throw new Error('the fixture has a party and a question');
    // The shape of the link that froze a tab for 44 s: 200 parties and 1,000 questions in 9 kB.
    const hostile = {
      ...snapshot,
      index: {
        ...snapshot.index,
        actors: Array.from({ length: 200 }, (_, n) => ({ ...actor, id: `party-${n}` })),
      },
      shard: {
        ...snapshot.shard,
        event: {
          ...snapshot.shard.event,
          questions: Array.from({ length: 1000 }, (_, n) => ({ ...question, id: `q-${n}` })),
        },
      },
    };
    const fragment = packed(hostile);
    expect(fragment.length).toBeLessThan(16 * 1024);
    expect(decodeSnapshot(fragment)).toEqual({
      ok: false,
      reason: 'too-much',
      bound: 'parties',
      found: 200,
      limit: SNAPSHOT_LIMITS.parties,
      detail: `parties in one comparison: 200 found, the limit is ${SNAPSHOT_LIMITS.parties}`,
    });
  });

  it('refuses too many claims, and a text longer than the bound', () => {
    const snapshot = fixtureSnapshot();
    const [claim] = snapshot.shard.claims;
    if (!claim) throw new Error('the fixture has a claim');
    const many = {
      ...snapshot,
      shard: {
        ...snapshot.shard,
        claims: Array.from({ length: 1500 }, (_, n) => ({ ...claim, id: `c-${n}` })),
      },
    };
    const manyResult = decodeSnapshot(packed(many));
    expect(manyResult).toMatchObject({
      ok: false,
      reason: 'too-much',
      bound: 'claims',
      found: 1500,
    });
    if (!manyResult.ok)
      expect(manyResult.detail).toContain('claims in one comparison: 1,500 found');

    const long = {
      ...snapshot,
      shard: {
        ...snapshot.shard,
        claims: [{ ...claim, quote: 'x'.repeat(SNAPSHOT_LIMITS.textChars + 1) }],
      },
    };
    const longResult = decodeSnapshot(packed(long));
    expect(longResult).toMatchObject({ ok: false, reason: 'too-much', bound: 'textChars' });
    if (!longResult.ok) expect(longResult.detail).toContain('a text in the link: 20,001 found');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x'])(
    'refuses a source address %s before any view, JSON-LD or export sees it',
    (url) => {
      const snapshot = fixtureSnapshot();
      const hostile = {
        ...snapshot,
        shard: { ...snapshot.shard, sources: snapshot.shard.sources.map((s) => ({ ...s, url })) },
      };
      expect(snapshot.shard.sources.length).toBeGreaterThan(0);
      const result = decodeSnapshot(packed(hostile));
      expect(result).toMatchObject({ ok: false, reason: 'invalid' });
      if (!result.ok) expect(result.detail).toContain('url must be an http(s) address');
    },
  );

  it('refuses a language that is not a language code', () => {
    const snapshot = fixtureSnapshot();
    const hostile = {
      ...snapshot,
      shard: {
        ...snapshot.shard,
        claims: snapshot.shard.claims.map((c) => ({ ...c, language: '"><img src=x>' })),
      },
    };
    expect(decodeSnapshot(packed(hostile))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('still opens an ordinary comparison with an http(s) source address', () => {
    const snapshot = fixtureSnapshot();
    const withUrl = {
      ...snapshot,
      shard: {
        ...snapshot.shard,
        sources: snapshot.shard.sources.map((s) => ({ ...s, url: 'https://example.org/a' })),
      },
    };
    expect(decodeSnapshot(packed(withUrl))).toEqual({ ok: true, snapshot: withUrl });
  });
});
