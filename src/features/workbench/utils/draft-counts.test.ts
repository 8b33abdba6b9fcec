import { describe, expect, it } from 'vitest';
import { draftCounts } from './draft-counts';

describe('draftCounts', () => {
  it('counts sources, events and their claims, and survives a broken file', () => {
    expect(
      draftCounts({
        'corpus.json': '{}',
        'sources/a.json': '{}',
        'sources/a.txt': 'text',
        'events/e.json': JSON.stringify({ claims: [{}, {}] }),
        'events/f.json': '{"claims": [',
      }),
    ).toEqual({ sources: 1, events: 2, claims: 2 });
  });
});
