import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows a first frame draws before it knows where they fall: at 1280 × 800 the first reaches the fold. */
export const FIRST_FRAME_ROWS = 2;

/**
 * How many of `total` rows to draw now. With `complete` (the view's background render is in),
 * all of them. Before that, the first few: the overview sits below the event's header, who
 * spoke and the controls, so at most a few of its rows reach the first screen, and drawing
 * 200 marks the reader cannot see yet made the first frame a third slower. The last of them
 * is measured before the frame is painted: if it ends above the fold, the rows after it are on
 * screen too, and all are drawn at once, still before paint, so a screen never shows a cut-off
 * table.
 */
export function useRowsOnScreen(
  total: number,
  complete: boolean,
): { shown: number; lastRow: RefObject<HTMLTableRowElement | null> } {
  const lastRow = useRef<HTMLTableRowElement | null>(null);
  const [reachesScreen, setReachesScreen] = useState(false);
  const cut = !complete && !reachesScreen && total > FIRST_FRAME_ROWS;

  useLayoutEffect(() => {
    if (!cut) return;
    const row = lastRow.current;
    if (row && row.getBoundingClientRect().bottom < window.innerHeight) setReachesScreen(true);
  }, [cut]);

  return { shown: cut ? FIRST_FRAME_ROWS : total, lastRow };
}
