import { screen } from '@testing-library/react';
import type { EventShard, EventSummary } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { renderEventComparison } from './event-comparison-fixture';

const lookups = corpusLookups(corpusIndexFixture);
function firstEvent(): EventSummary {
  const [event] = corpusIndexFixture.events;
  if (!event) throw new Error('the fixture has events');
  return event;
}
const summary = firstEvent();

const emptyShard = {
  formatVersion: corpusIndexFixture.formatVersion,
  event: { ...summary, questions: [], scopes: [] },
  claims: [],
  sources: [],
} as unknown as EventShard;

/** The comparison of the fixture's first event, its shard read through `read`. */
function renderComparison(read: () => Promise<unknown>, event: EventSummary = summary) {
  renderEventComparison({ summary: event, lookups, read });
}

describe('EventComparison', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('says it is loading while the event shard is on its way, under the event header', async () => {
    renderComparison(() => new Promise(() => undefined));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Shelling of Saraqib market',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks an inferred event date in its header, as the event list does', async () => {
    const guessed = corpusIndexFixture.events.find((event) => event.date.from.basis === 'inferred');
    if (!guessed) throw new Error('the fixture has an inferred date');
    renderComparison(() => new Promise(() => undefined), guessed);
    const header = await screen.findByRole('banner');
    expect(header.querySelector('time')).toHaveTextContent(/^Jun 2019 \(inferred\)$/);
  });

  it('shows the empty state, not a bare line, for an event no party has spoken on yet', async () => {
    renderComparison(() => Promise.resolve(emptyShard));
    const message = await screen.findByText('No party has made a claim on this event yet.');
    expect(message.closest('[data-state="empty"]')).not.toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
