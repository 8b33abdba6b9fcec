import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_FRAME_ROWS, useRowsOnScreen } from './use-rows-on-screen';

function Table({ total, complete }: { total: number; complete: boolean }) {
  const rows = useRowsOnScreen(total, complete);
  return (
    <table>
      <tbody>
        {Array.from({ length: rows.shown }, (_, at) => (
          <tr key={at} ref={at === rows.shown - 1 ? rows.lastRow : undefined}>
            <td>row {at}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every row laid out `top` pixels from the top of the viewport. */
function rowsAt(top: number) {
  vi.spyOn(HTMLTableRowElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: top, width: 100, height: 30 }),
  );
}

describe('useRowsOnScreen', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('draws the first rows only while they end below the fold, then all once complete', () => {
    rowsAt(window.innerHeight + 200);
    const { rerender } = render(<Table total={15} complete={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(FIRST_FRAME_ROWS);
    rerender(<Table total={15} complete />);
    expect(screen.getAllByRole('row')).toHaveLength(15);
  });

  it('draws every row before paint when the last one drawn is on screen', () => {
    rowsAt(window.innerHeight - 100);
    render(<Table total={15} complete={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(15);
  });

  it('keeps the cut when the last row drawn crosses the fold: the next one starts below it', () => {
    rowsAt(window.innerHeight - 10);
    render(<Table total={15} complete={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(FIRST_FRAME_ROWS);
  });

  it('draws every row when the page is scrolled past them', () => {
    rowsAt(-500);
    render(<Table total={15} complete={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(15);
  });

  it('draws a short table whole', () => {
    rowsAt(window.innerHeight + 200);
    render(<Table total={FIRST_FRAME_ROWS} complete={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(FIRST_FRAME_ROWS);
  });
});
