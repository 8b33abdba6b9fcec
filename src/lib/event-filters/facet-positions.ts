/* Small array arithmetic over facet positions, shared by the filter's one pass over events. */

/** Marks the chosen ids' positions; returns how many distinct known ids were chosen. */
export function choose(
  chosen: Uint8Array,
  positions: ReadonlyMap<string, number>,
  ids: readonly string[] | undefined,
): number {
  let distinct = 0;
  for (const id of ids ?? []) {
    const position = positions.get(id);
    if (position !== undefined && chosen[position] === 0) {
      chosen[position] = 1;
      distinct += 1;
    }
  }
  return distinct;
}

/** How many of these positions are chosen; each position is listed once per event. */
export function hits(chosen: Uint8Array, positions: readonly number[]): number {
  let found = 0;
  for (const position of positions) found += chosen[position] ?? 0;
  return found;
}

export function count(counts: Int32Array, positions: readonly number[]) {
  for (const position of positions) counts[position] = (counts[position] ?? 0) + 1;
}

/** Per position, the counts as a map of the ids counted at least once. */
export function countsOf(ids: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let position = 0; position < ids.length; position += 1) {
    const count = counts[position] ?? 0;
    const id = ids[position];
    if (count > 0 && id !== undefined) map.set(id, count);
  }
  return map;
}
