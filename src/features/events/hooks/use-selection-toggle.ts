import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * One callback for every row of a checklist that adds or removes its id from the selection.
 * It reads the latest selection through a ref, so it never changes and memoised rows
 * (FacetCheckbox) skip rendering when only the selection around them changed.
 */
export function useSelectionToggle(
  selected: readonly string[],
  onChange: (next: string[]) => void,
): (id: string) => void {
  const latest = useRef({ selected, onChange });
  useLayoutEffect(() => {
    latest.current = { selected, onChange };
  });
  return useCallback((id: string) => {
    const { selected: current, onChange: change } = latest.current;
    change(current.includes(id) ? current.filter((other) => other !== id) : [...current, id]);
  }, []);
}
