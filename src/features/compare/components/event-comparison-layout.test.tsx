import { screen, within } from '@testing-library/react';
import { corpusLookups } from '@/lib/corpus-lookups';
import { compiledFixture } from '@/lib/corpus-source/compiled-fixture';
import { i18n } from '@/lib/i18n';
import type { EmptyCells, QuestionFocus } from '../utils/compare-search';
import { renderEventComparison } from './event-comparison-fixture';

// The compiler's small corpus: on "losses" the army denies what Jaish al-Izza asserts
// (disputed); on "fled" only Jaish al-Izza spoke (one side, one party).
const corpus = compiledFixture();
const lookups = corpusLookups(corpus.index);
const [summary] = corpus.index.events;
if (!summary) throw new Error('the fixture has an event');
const shardJson = corpus.files.find((file) => file.path === summary.shard)?.json;
if (!shardJson) throw new Error('the fixture has the event shard');
const shard = JSON.parse(shardJson) as {
  event: { questions: { id: string; label: { en: string } }[] };
};
const labelOf = (questionId: string) =>
  shard.event.questions.find((question) => question.id === questionId)?.label.en ?? questionId;

function renderComparison(questionFocus: QuestionFocus, emptyCells: EmptyCells) {
  if (!summary || !shardJson) throw new Error('unreachable');
  const json = shardJson;
  renderEventComparison({
    summary,
    lookups,
    read: () => Promise.resolve(JSON.parse(json)),
    questionFocus,
    emptyCells,
  });
}

describe('the comparison laid out per question', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('maps questions × parties first, each claim a mark linking to its card', async () => {
    renderComparison('all', 'show');
    const overview = await screen.findByRole('table', { name: /Each party’s stance/ });
    // Role queries are slow in jsdom: a real table's parts are read by selector.
    const heads = [...overview.querySelectorAll('th[scope="col"]')].map((head) => head.textContent);
    expect(heads).toEqual(expect.arrayContaining(['Question', 'State']));
    // Each party's column head is a link to its party page.
    for (const party of summary.parties) {
      const link = overview.querySelector(`thead th[data-party="${party}"] a`);
      expect(link).toHaveTextContent(lookups.actors.get(party)?.name.en ?? party);
      expect(link).toHaveAttribute('href', `/actors/${party}`);
    }
    // One mark per claim, named by its stance in words, pointing at its card.
    const marks = [...overview.querySelectorAll('a[data-overview-claim]')];
    expect(marks).toHaveLength(4);
    // The sections follow the overview's first frame, with no input from the reader.
    await screen.findByRole('region', { name: labelOf('losses') });
    for (const mark of marks) {
      const id = mark.getAttribute('data-overview-claim') ?? '';
      expect(mark).toHaveAttribute('href', `#claim-${id}`);
      expect(document.getElementById(`claim-${id}`)).not.toBeNull();
    }
    const denial = marks.find((mark) => mark.getAttribute('data-overview-claim') === 'army-denies');
    expect(denial?.querySelector('.sr-only')?.textContent).toMatch(/^Denies/);
    expect(overview.querySelectorAll('tr')).toHaveLength(4);
  });

  it('gives each question a section saying which sides answered and who said nothing', async () => {
    renderComparison('all', 'show');
    const fled = await screen.findByRole('region', { name: labelOf('fled') });
    expect(fled).toHaveTextContent('Only one side answered this:');
    expect(within(fled).getByText(/No claim on this question from/)).toBeInTheDocument();
    expect(fled.querySelectorAll('[data-claim]')).toHaveLength(1);
    const losses = screen.getByRole('region', { name: labelOf('losses') });
    expect(losses.querySelectorAll('[data-claim]')).toHaveLength(3);
    expect(losses).toHaveTextContent('Sides that answered:');
    // Who spoke on the event, and which of the corpus's sides did not.
    const whoSpoke = screen.getByRole('heading', { name: 'Who spoke:' }).parentElement;
    expect(whoSpoke?.querySelectorAll('li:not([data-absent])')).toHaveLength(2);
    expect(whoSpoke?.querySelectorAll('li[data-absent]')).toHaveLength(1);
  });

  it('shows only the disputed questions, and hides the empty cells, when asked', async () => {
    renderComparison('disputed', 'hide');
    await screen.findByRole('table', { name: /Each party’s stance/ });
    await screen.findByRole('region', { name: labelOf('losses') });
    const sections = document.querySelectorAll('[data-comparison-sections] > section');
    expect([...sections].map((section) => section.getAttribute('data-status'))).toEqual([
      'disputed',
    ]);
    expect(screen.getByText('Showing 1 of 2 questions: the disputed ones.')).toBeInTheDocument();
    expect(screen.queryByText(/No claim on this question from/)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Disputed questions only' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hide empty cells' })).toBeChecked();
  });
});
