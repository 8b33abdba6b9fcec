import type { ParentOf } from './facet-hierarchy';

export interface TreeRow<T> {
  item: T;
  /** How many of the listed items it lies under: 0 for a top-level row. */
  depth: number;
}

/**
 * Items in tree order: each parent followed by what lies under it, siblings in their given
 * order. An item whose parent is not listed climbs to the nearest listed ancestor, or to the
 * top, so the list always shows every item once.
 */
export function treeOrder<T extends { id: string }>(
  items: readonly T[],
  parentOf: ParentOf,
): TreeRow<T>[] {
  const listed = new Set(items.map((item) => item.id));
  const listedParent = (id: string) => {
    const seen = new Set([id]);
    for (let up = parentOf(id); up !== undefined && !seen.has(up); up = parentOf(up)) {
      if (listed.has(up)) return up;
      seen.add(up);
    }
    return undefined;
  };
  const children = new Map<string | undefined, T[]>();
  for (const item of items) {
    const parent = listedParent(item.id);
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const rows: TreeRow<T>[] = [];
  const placed = new Set<string>();
  const visit = (parent: string | undefined, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      if (placed.has(item.id)) continue;
      placed.add(item.id);
      rows.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(undefined, 0);
  // Only a cycle among the listed items leaves some unplaced: shown at the top, never lost.
  for (const item of items) if (!placed.has(item.id)) rows.push({ item, depth: 0 });
  return rows;
}
