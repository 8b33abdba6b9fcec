import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/corpus/compiler/annotations';
import { sliceCodePoints } from '../../src/corpus/compiler/slice-code-points-fixture';
import { compileCorpusDir } from './compile-corpus-dir';

describe('annotations.jsonld of the bundled corpus', () => {
  it('anchors every claim: slicing its source by the position selector gives the exact quote', async () => {
    const result = await compileCorpusDir('data');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const sources = result.sourceShards.map((shard) => shard.data);
    const events = result.eventShards.map((shard) => shard.data);
    const collection = buildAnnotations('Idlib', result.index.actors, events, sources);
    const claims = events.flatMap((event) => event.claims);
    const texts = new Map(sources.map((source) => [`../sources/${source.source.id}`, source.text]));

    expect(claims.length).toBeGreaterThan(0);
    expect(collection.total).toBe(claims.length);
    expect(collection.first.items).toHaveLength(claims.length);
    for (const [i, annotation] of collection.first.items.entries()) {
      const claim = claims[i];
      const text = texts.get(annotation.target.source);
      if (claim === undefined || text === undefined) throw new Error('unanchored annotation');
      const [quote, position] = annotation.target.selector;
      // The anchor, in code points, as any Web Annotation client reads it.
      expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
      // And the exact text is the claim's span in its source, as the reader highlights it.
      expect(quote.exact).toBe(text.slice(claim.quoteStart, claim.quoteEnd));
      expect(text.slice(0, claim.quoteStart).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(claim.quoteEnd).startsWith(quote.suffix)).toBe(true);
      expect(annotation.body[0].id).toBe(`../events/${claim.event}#claim-${claim.id}`);
      const speaker = result.index.actors.find((actor) => actor.id === claim.saidBy);
      expect(annotation.body.slice(1).map((body) => 'value' in body && body.value)).toEqual(
        speaker ? [speaker.name.en, speaker.name.ar] : [],
      );
    }
  });
});
