/** A run of neighbouring columns whose parties belong to the same side. */
export interface SideRun {
  side: string | undefined;
  parties: string[];
}

/**
 * Groups columns under their side's label. Readers may reorder parties across
 * sides, so a side can appear in more than one run: the label then repeats
 * over each run rather than lying about which columns it covers.
 */
export function sideRuns(
  parties: readonly string[],
  sideOf: (actorId: string) => string | undefined,
): SideRun[] {
  const runs: SideRun[] = [];
  for (const actorId of parties) {
    const side = sideOf(actorId);
    const last = runs.at(-1);
    if (last && last.side === side) last.parties.push(actorId);
    else runs.push({ side, parties: [actorId] });
  }
  return runs;
}
