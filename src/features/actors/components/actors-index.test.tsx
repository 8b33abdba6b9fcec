import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActorsIndex } from './actors-index';

// The index's states; the loaded page itself is PartyDirectoryView's test.
const state = vi.hoisted((): { current: Record<string, unknown> } => ({
  current: { isPending: true, isError: false },
}));
vi.mock('@/api/get-corpus-index', () => ({ useCorpusIndex: () => state.current }));

describe('ActorsIndex', () => {
  it('names the page and says it is loading', () => {
    state.current = { isPending: true, isError: false, isSuccess: false };
    render(<ActorsIndex query="" onQueryChange={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Parties');
    expect(document.title).toBe('Parties — Riwaya');
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
  });

  it('says the index failed, with a retry, never an empty list', async () => {
    const refetch = vi.fn();
    state.current = {
      isPending: false,
      isError: true,
      isSuccess: false,
      error: new Error('HTTP 503'),
      refetch,
    };
    render(<ActorsIndex query="" onQueryChange={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 503');
    expect(screen.queryByText(/No party/)).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledOnce();
  });
});
