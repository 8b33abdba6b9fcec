import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen } from '@testing-library/react';
import type { Actor } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { i18n } from '@/lib/i18n';
import type { QuestionDisputes } from '../utils/actor-disputes';
import { ActorDisputeList } from './actor-dispute-list';

const actor = (id: string, en: string, ar: string) =>
  [id, { id, name: { en, ar }, kind: 'state-body' } as unknown as Actor] as const;
const lookups = {
  actors: new Map([
    actor('russian-mod', 'Russian Ministry of Defence', 'وزارة الدفاع الروسية'),
    actor('factions', 'Syrian opposition factions', 'فصائل المعارضة السورية'),
    actor('naji', 'Naji al-Mustafa', 'ناجي مصطفى'),
  ]),
  metrics: new Map(),
} as unknown as CorpusLookups;

const disputes = (first: string, second: string): QuestionDisputes[] => [
  {
    question: { id: 'attack', label: { en: 'Was there an attack?', ar: 'هل وقع هجوم؟' } },
    disputes: [{ kind: 'denial', parties: [first, second], other: second, otherClaims: ['c1'] }],
  } as unknown as QuestionDisputes,
];

async function renderList(actorId: string, list: QuestionDisputes[]) {
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <div data-testid="list">
          <ActorDisputeList
            actorId={actorId}
            eventId="e"
            disputes={list}
            scopes={[]}
            lookups={lookups}
          />
        </div>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(<RouterProvider router={router} />);
  await screen.findByTestId('list');
}

describe('ActorDisputeList', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('writes English as a person does: "The … denied what the … asserted", names linked', async () => {
    await renderList('russian-mod', disputes('russian-mod', 'factions'));
    const sentence = screen.getByTestId('actor-disputes').querySelector('li li span');
    expect(sentence).toHaveTextContent(
      /^The Syrian opposition factions denied what the Russian Ministry of Defence asserted\.$/,
    );
    // "the" stays outside the link, which names the party alone.
    expect(screen.getByRole('link', { name: 'Syrian opposition factions' })).toBeInTheDocument();
  });

  it('gives a person no article', async () => {
    await renderList('russian-mod', disputes('russian-mod', 'naji'));
    expect(screen.getByTestId('actor-disputes').querySelector('li li span')).toHaveTextContent(
      /^Naji al-Mustafa denied what the Russian Ministry of Defence asserted\.$/,
    );
  });

  it('opens with a noun in Arabic, whatever the gender or number of the parties', async () => {
    await i18n.changeLanguage('ar');
    await renderList('factions', disputes('factions', 'russian-mod'));
    expect(screen.getByTestId('actor-disputes').querySelector('li li span')).toHaveTextContent(
      /^نفيٌ من وزارة الدفاع الروسية لما ورد عن فصائل المعارضة السورية\.$/,
    );
  });
});
