import { describe, expect, it } from 'vitest';
import { drawnEvents, MAX_DRAWN_EVENTS } from './drawn-events';

describe('drawnEvents', () => {
  it('draws every event up to the limit', () => {
    const events = Array.from({ length: MAX_DRAWN_EVENTS }, (_, i) => i);
    expect(drawnEvents(events)).toEqual({ drawn: events, capped: false });
  });

  it('draws the earliest past the limit and says some were left out', () => {
    const events = Array.from({ length: MAX_DRAWN_EVENTS + 5 }, (_, i) => i);
    const { drawn, capped } = drawnEvents(events);
    expect(capped).toBe(true);
    expect(drawn).toEqual(events.slice(0, MAX_DRAWN_EVENTS));
  });
});
