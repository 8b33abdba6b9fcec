import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SHOWN_PROBLEMS } from '@/corpus/limits';
import type { CorpusError } from '@/corpus/rules/corpus-error';
import { i18n } from '@/lib/i18n';
import { ImportErrors } from './import-errors';

const problems = (count: number): CorpusError[] =>
  Array.from({ length: count }, (_, n) => ({
    file: `data/events/e-${n}.json`,
    path: '$.claims',
    message: 'must be an array',
  }));

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('an import with more problems than a page can list', () => {
  it('renders the first few hundred, says how many more, and copies every listed line', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ImportErrors fileName="broken.zip" errors={problems(1500)} />);

    const list = screen.getByRole('list', { name: 'Problems found' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(SHOWN_PROBLEMS);
    expect(screen.getByText('broken.zip was not imported: 1,500 problems')).toBeInTheDocument();
    expect(screen.getByText(/^…and 1,200 more problems, not shown here/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy all 1,500 listed problems' }));
    const [copied] = writeText.mock.calls[0] as unknown as [string];
    const lines = copied.split('\n');
    expect(lines).toHaveLength(1500);
    expect(lines[1499]).toBe('data/events/e-1499.json: $.claims: must be an array');
    expect(await screen.findByText('Problems copied')).toBeInTheDocument();
  });

  it('counts the problems the compiler stopped listing, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ImportErrors fileName="huge.zip" errors={problems(400)} unlisted={1_000_000} />);

    expect(screen.getByText('huge.zip was not imported: 1,000,400 problems')).toBeInTheDocument();
    expect(screen.getByText(/^…and 1,000,100 more problems/)).toBeInTheDocument();
    expect(screen.getByText(/stopped listing problems after the first 10,000/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy all 400 listed problems' }));
    const [copied] = writeText.mock.calls[0] as unknown as [string];
    expect(copied.split('\n').at(-1)).toBe(
      '… 1000000 more problems, not listed: the check lists the first 400',
    );
  });

  it('lists a short list whole, with no "more" line', () => {
    render(<ImportErrors fileName="small.zip" errors={problems(3)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByText(/more problems?, not shown/)).not.toBeInTheDocument();
  });
});
