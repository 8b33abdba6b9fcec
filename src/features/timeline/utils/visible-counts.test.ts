import { describe, expect, it } from 'vitest';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import type { EventRow } from './timeline-rows';
import { visibleCounts } from './visible-counts';

const [event] = corpusIndexFixture.events;
if (!event) throw new Error('the fixture has no event');
/** A drawn event with `claims` visible claims (only their number matters here). */
const row = (claims: number): EventRow => ({
  event,
  extent: undefined,
  lanes: [],
  marks: Array.from({ length: claims }, () => ({}) as EventRow['marks'][number]),
});

describe('visibleCounts', () => {
  it('counts the claims of every event once all are drawn and loaded', () => {
    expect(visibleCounts(2, [row(3), row(4)])).toEqual({ events: 2, claims: 7 });
  });

  it('counts no claims while one event is still loading', () => {
    expect(visibleCounts(2, [row(3), undefined])).toEqual({ events: 2, claims: undefined });
  });

  it('says how many are drawn, and counts no claims, when only the earliest are drawn', () => {
    expect(visibleCounts(250, [row(3), row(4)])).toEqual({
      events: 250,
      claims: undefined,
      drawn: 2,
    });
  });
});
