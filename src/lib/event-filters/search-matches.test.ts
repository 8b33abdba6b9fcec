import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, prepareSearchText, searchTokens } from '@/corpus/search/search-text';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { defaultEventSearchText } from './filter-events';
import { searchMatches } from './search-matches';

const events = corpusIndexFixture.events;
const words = ['سراقب', 'سرا', 'Saraqib', 'sar', 'market', 'jet', 'L-39', 'لام 39', 'ا', 'قوات'];

/** What a full scan finds: the answer narrowing must never change. */
function scanned(texts: ReadonlyMap<string, string>, query: string): string[] {
  const tokens = searchTokens(query);
  return events
    .filter((event) => matchesSearch(texts.get(event.id) ?? defaultEventSearchText(event), tokens))
    .map((event) => event.id);
}

describe('searchMatches', () => {
  it('finds what a full scan finds, whatever was typed before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.constantFrom(...words), { maxLength: events.length }),
        (queries, extra) => {
          // Fresh texts per run, so answers remembered from another run cannot leak in.
          const texts = new Map(
            events.map((event, i) => [
              event.id,
              prepareSearchText(`${defaultEventSearchText(event)} ${extra[i] ?? ''}`),
            ]),
          );
          for (const words of queries) {
            const query = words.join(' ');
            expect([...searchMatches(texts, events, query, defaultEventSearchText)]).toEqual(
              scanned(texts, query),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('narrows a word being typed to the events the shorter word matched', () => {
    /** Texts that note which events were looked at. */
    class WatchedTexts extends Map<string, string> {
      seen: string[] = [];
      override get(id: string) {
        this.seen.push(id);
        return super.get(id);
      }
    }
    const spy = new WatchedTexts(events.map((event) => [event.id, defaultEventSearchText(event)]));
    const { seen } = spy;
    const short = searchMatches(spy, events, 'سرا', defaultEventSearchText);
    seen.length = 0;
    searchMatches(spy, events, 'سراقب', defaultEventSearchText);
    expect(new Set(seen)).toEqual(new Set(short));
    expect(short.size).toBeLessThan(events.length);
  });
});
