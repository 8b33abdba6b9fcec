import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PARTY_EVENTS_PAGE } from '@/corpus/limits';
import type { CorpusIndex, EventSummary } from '@/corpus/shards';
import { i18n } from '@/lib/i18n';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import type { ActorProfile } from '../utils/actor-profile';
import { ActorClaims } from './actor-claims';

// Which shards the page asks for: the point of paging is that unlisted events fetch nothing.
const requested = vi.hoisted(() => ({ paths: [] as string[][] }));
vi.mock('@/api/get-event-shard', () => ({
  useEventShards: (paths: readonly string[]) => {
    requested.paths.push([...paths]);
    return paths.map(() => ({ isSuccess: false, isPending: true }));
  },
}));
vi.mock('./actor-event-section', () => ({
  ActorEventSection: ({ event }: { event: EventSummary }) => <p>{event.id}</p>,
}));

const index: CorpusIndex = corpusIndexFixture;
const [first] = index.events;
const [actor] = index.actors;
if (!first || !actor) throw new Error('the fixture has an event and a party');

/** A party that spoke in every event of a large import. */
const events: EventSummary[] = Array.from({ length: PARTY_EVENTS_PAGE * 2 + 3 }, (_, n) => ({
  ...first,
  id: `event-${n}`,
  shard: `events/event-${n}.0123abcd.json`,
}));
const profile: ActorProfile = {
  actor,
  affiliation: [],
  members: [],
  memberCount: 0,
  withMembers: true,
  speakers: new Set([actor.id]),
  side: undefined,
  events,
};

beforeEach(async () => {
  requested.paths = [];
  await i18n.changeLanguage('en');
});

describe('a party page of a large import', () => {
  it('lists and fetches a page of events at a time, and more on request', async () => {
    const user = userEvent.setup();
    render(<ActorClaims profile={profile} lookups={{} as CorpusLookups} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(PARTY_EVENTS_PAGE);
    expect(requested.paths.at(-1)).toHaveLength(PARTY_EVENTS_PAGE);
    expect(screen.getByText('Showing the first 25 of 53 events.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the next 25 events' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(PARTY_EVENTS_PAGE * 2);
    await user.click(screen.getByRole('button', { name: 'Show the next 3 events' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(events.length);
    expect(requested.paths.at(-1)).toEqual(events.map((event) => event.shard));
    expect(screen.queryByRole('button', { name: /Show the next/ })).not.toBeInTheDocument();
  });
});
