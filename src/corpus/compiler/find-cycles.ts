/**
 * Cycles in a "belongs to" relation (actor.memberOf, place.within), each
 * listed once, starting from its earliest member in the input order.
 */
export function findCycles(parentOf: ReadonlyMap<string, string | undefined>): string[][] {
  const order = [...parentOf.keys()];
  const position = new Map(order.map((id, index) => [id, index]));
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of order) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parentOf.get(at);
    }
    const cycleStart = at === undefined ? undefined : onPath.get(at);
    if (cycleStart !== undefined) {
      const cycle = path.slice(cycleStart);
      const first = cycle.reduce((best, id) =>
        (position.get(id) ?? 0) < (position.get(best) ?? 0) ? id : best,
      );
      const rotateBy = cycle.indexOf(first);
      cycles.push([...cycle.slice(rotateBy), ...cycle.slice(0, rotateBy)]);
    }
    for (const id of path) done.add(id);
  }
  return cycles;
}
