/**
 * Edits to the visible columns. Each returns the new list of shown parties;
 * `actorsParam` then decides what the URL holds, so the default view keeps a
 * clean link.
 */

/** Moves a shown party one place earlier (-1) or later (+1); out of range is a no-op. */
export function moveParty(shown: readonly string[], actorId: string, delta: -1 | 1): string[] {
  const from = shown.indexOf(actorId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= shown.length) return [...shown];
  const next = [...shown];
  next.splice(from, 1);
  next.splice(to, 0, actorId);
  return next;
}

/**
 * Hides a shown party or shows a hidden one at the end, where the reader will
 * look for what they just added. The last visible party cannot be hidden: an
 * empty comparison is never what anyone wants.
 */
export function toggleParty(shown: readonly string[], actorId: string): string[] {
  if (!shown.includes(actorId)) return [...shown, actorId];
  if (shown.length === 1) return [...shown];
  return shown.filter((id) => id !== actorId);
}

/** The `?actors=` value: undefined when every party is shown in the default order. */
export function actorsParam(
  shown: readonly string[],
  defaultOrder: readonly string[],
): string[] | undefined {
  const isDefault =
    shown.length === defaultOrder.length && shown.every((id, i) => id === defaultOrder[i]);
  return isDefault ? undefined : [...shown];
}
