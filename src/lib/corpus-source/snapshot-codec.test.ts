import { deflateSync, strToU8 } from 'fflate';
import { eventShardSchema } from '@/corpus/shards';
import { toBase64Url } from './base64url';
import { compiledFixture } from './compiled-fixture';
import { createEventSnapshot, type EventSnapshot } from './event-snapshot';
import { MAX_FRAGMENT_CHARS, decodeSnapshot, encodeSnapshot } from './snapshot-codec';
import { snapshotCorpusSource } from './snapshot-source';

function fixtureSnapshot(): EventSnapshot {
  const { index, eventShards } = compiledFixture();
  const [shard] = eventShards;
  const snapshot = shard ? createEventSnapshot(index, shard.data) : undefined;
  if (!snapshot) throw new Error('the fixture has no event');
  return snapshot;
}

const packed = (value: unknown) =>
  `data=${toBase64Url(deflateSync(strToU8(typeof value === 'string' ? value : JSON.stringify(value))))}`;

describe('self-contained comparison links', () => {
  it('round-trips an event through the fragment', () => {
    const snapshot = fixtureSnapshot();
    const encoded = encodeSnapshot(snapshot);
    if (!encoded.ok) throw new Error('the fixture should fit');
    expect(encoded.fragment).toMatch(/^data=[A-Za-z0-9_-]+$/);
    expect(decodeSnapshot(encoded.fragment)).toEqual({ ok: true, snapshot });
  });

  it('keeps only what the event refers to', () => {
    const { index } = compiledFixture();
    const { index: subset, shard } = fixtureSnapshot();
    expect(subset.events).toHaveLength(1);
    const speakers = new Set(shard.claims.map((claim) => claim.saidBy));
    for (const id of speakers) expect(subset.actors.map((actor) => actor.id)).toContain(id);
    expect(subset.actors.length).toBeLessThanOrEqual(index.actors.length);
    expect(subset.corpus).toEqual(index.corpus);
    // The corpus-wide counts stay behind: their shard is not in the link.
    expect(index.directory).toBeDefined();
    expect(subset.directory).toBeUndefined();
  });

  it('refuses to encode past the size limit and says how big it would be', () => {
    const snapshot = fixtureSnapshot();
    // Text that does not compress: every claim's note full of distinct digits.
    let seed = 1;
    const noise = () =>
      Array.from({ length: 4000 }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCharCode(0x4e00 + (seed % 20000));
      }).join('');
    const big = {
      ...snapshot,
      shard: {
        ...snapshot.shard,
        claims: snapshot.shard.claims.map((c) => ({ ...c, note: { ar: noise(), en: noise() } })),
      },
    };
    const encoded = encodeSnapshot(big);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.size).toBeGreaterThan(MAX_FRAGMENT_CHARS);
  });

  it.each([
    ['garbage base64', 'data=%%%not-base64%%%', 'unreadable'],
    ['a lone base64 character', 'data=A', 'unreadable'],
    ['base64 that is not deflate', `data=${toBase64Url(strToU8('hello world'))}`, 'unreadable'],
    ['deflated text that is not JSON', packed('{"v":1,'), 'unreadable'],
    ['empty data', 'data=', 'unreadable'],
    ['a wrong schema', packed({ v: 1, index: {}, shard: {} }), 'invalid'],
    ['a polluting key', packed('{"__proto__":{"polluted":true},"v":1}'), 'invalid'],
    ['an overlong fragment', `data=${'A'.repeat(MAX_FRAGMENT_CHARS)}`, 'too-large'],
  ])('rejects %s without throwing', (_name, fragment, reason) => {
    const result = decodeSnapshot(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops inflating a bomb at the cap instead of inflating it whole', () => {
    // 12 MB of one character deflates to about 12 kB: a fragment that fits and inflates six times past the cap.
    const bomb = deflateSync(new Uint8Array(12 * 1024 * 1024).fill(32), { level: 9 });
    // Garbage from halfway: a decoder that inflated everything before checking the size would
    // fail on it ("invalid"); one that stops at the cap never reads that far.
    bomb.fill(0xff, Math.floor(bomb.length / 2));
    const fragment = `data=${toBase64Url(bomb)}`;
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(decodeSnapshot(fragment)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('rejects a well-shaped snapshot whose references do not resolve', () => {
    const snapshot = fixtureSnapshot();
    const withoutActors = { ...snapshot, index: { ...snapshot.index, actors: [] } };
    expect(decodeSnapshot(packed(withoutActors))).toMatchObject({ ok: false, reason: 'invalid' });
    const [claim] = snapshot.shard.claims;
    const orphan = {
      ...snapshot,
      shard: { ...snapshot.shard, claims: claim ? [{ ...claim, question: 'nowhere' }] : [] },
    };
    expect(decodeSnapshot(packed(orphan))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('serves the index and the event shard, and nothing else', async () => {
    const snapshot = fixtureSnapshot();
    const source = snapshotCorpusSource(snapshot, 'k');
    const [summary] = snapshot.index.events;
    expect(await source.read(summary?.shard ?? '', eventShardSchema)).toEqual(snapshot.shard);
    await expect(source.read(snapshot.index.search, eventShardSchema)).rejects.toThrow(
      'not part of this self-contained link',
    );
  });
});
