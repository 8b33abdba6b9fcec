import { useState } from 'react';

/**
 * How many rows of a long list to draw: `pageSize` at first, `pageSize` more per `showMore`,
 * and back to the first page whenever `pageKey` (the query the rows answer) changes, without
 * remounting, so rows still listed keep their DOM. Ten thousand events or forty thousand
 * sources drawn at once took seconds in a browser and made pages of tens of megabytes.
 */
export function useShownCount(
  pageSize: number,
  pageKey: string,
): { shown: number; showMore: () => void } {
  const [shown, setShown] = useState(pageSize);
  const [pageOf, setPageOf] = useState(pageKey);
  if (pageOf !== pageKey) {
    setPageOf(pageKey);
    setShown(pageSize);
  }
  return {
    shown,
    showMore: () => {
      setShown((count) => count + pageSize);
    },
  };
}
