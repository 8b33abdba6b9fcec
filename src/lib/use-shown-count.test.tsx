import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useShownCount } from './use-shown-count';

describe('useShownCount', () => {
  it('grows a page at a time and starts again when the query changes', () => {
    const { result, rerender } = renderHook(({ pageKey }) => useShownCount(25, pageKey), {
      initialProps: { pageKey: 'a' },
    });
    expect(result.current.shown).toBe(25);
    act(() => {
      result.current.showMore();
    });
    act(() => {
      result.current.showMore();
    });
    expect(result.current.shown).toBe(75);
    rerender({ pageKey: 'a' });
    expect(result.current.shown).toBe(75);
    rerender({ pageKey: 'b' });
    expect(result.current.shown).toBe(25);
  });

  it('moves the focus to the first row each "Show more" adds, even when the button goes', async () => {
    function List() {
      const { shown, showMore, firstNewRef } = useShownCount(2, 'all');
      const rows = ['a', 'b', 'c', 'd', 'e'];
      return (
        <>
          <ul>
            {rows.slice(0, shown).map((row, index) => (
              <li key={row}>
                <a href={`#${row}`} ref={firstNewRef(index)}>
                  {row}
                </a>
              </li>
            ))}
          </ul>
          {shown < rows.length ? (
            <button type="button" onClick={showMore}>
              more
            </button>
          ) : null}
        </>
      );
    }
    render(<List />);
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    expect(screen.getByRole('link', { name: 'c' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'more' }));
    expect(screen.queryByRole('button', { name: 'more' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'e' })).toHaveFocus();
  });
});
