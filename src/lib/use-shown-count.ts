import { useCallback, useState, type RefCallback } from 'react';

/**
 * How many rows of a long list to draw: `pageSize` at first, `pageSize` more per `showMore`,
 * and back to the first page whenever `pageKey` (the query the rows answer) changes, without
 * remounting, so rows still listed keep their DOM. Ten thousand events or forty thousand
 * sources drawn at once took seconds in a browser and made pages of tens of megabytes.
 *
 * `firstNewRef(index)` is a ref for the link of the row at `index` when it is the first row the
 * last `showMore` added: the focus moves there, so a keyboard or screen reader carries on with
 * the new rows, and is never left on a "Show more" button that the last page removes.
 */
export function useShownCount(
  pageSize: number,
  pageKey: string,
): {
  shown: number;
  showMore: () => void;
  firstNewRef: (index: number) => RefCallback<HTMLElement> | undefined;
} {
  const [shown, setShown] = useState(pageSize);
  const [firstNew, setFirstNew] = useState<number | undefined>();
  const [pageOf, setPageOf] = useState(pageKey);
  if (pageOf !== pageKey) {
    setPageOf(pageKey);
    setShown(pageSize);
    setFirstNew(undefined);
  }
  // Stable, so the row's link is focused once, when it mounts, not on each render after.
  const focus = useCallback((link: HTMLElement | null) => {
    link?.focus();
  }, []);
  return {
    shown,
    showMore: () => {
      setFirstNew(shown);
      setShown(shown + pageSize);
    },
    firstNewRef: (index) => (index === firstNew ? focus : undefined),
  };
}
