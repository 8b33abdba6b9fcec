import type { Prng } from './prng';

export const MAX_CLAIMS_PER_EVENT = 200;
export const MAX_PARTIES = 12;

/**
 * Claims per event, summing to `claims`: every event has 1 to 200, most a
 * handful, a long tail up to 200 (log-normal weights). When the total
 * allows, event 0 has exactly 200: the comparison the benchmark renders.
 */
export function planClaimCounts(events: number, claims: number, random: Prng): number[] {
  if (events < 1) throw new Error('--events must be at least 1');
  if (claims < events || claims > events * MAX_CLAIMS_PER_EVENT) {
    throw new Error(`--claims must be between --events and 200 × --events (${events * 200})`);
  }
  const counts = new Array<number>(events).fill(1);
  let left = claims - events;
  const flagship = left >= MAX_CLAIMS_PER_EVENT - 1;
  if (flagship) {
    counts[0] = MAX_CLAIMS_PER_EVENT;
    left -= MAX_CLAIMS_PER_EVENT - 1;
  }
  const first = flagship ? 1 : 0;
  const weights = counts.map((_, i) => (i < first ? 0 : random.logNormal(1.3)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const share = left;
  for (let i = first; i < events && total > 0; i += 1) {
    const extra = Math.min(
      MAX_CLAIMS_PER_EVENT - 1,
      Math.floor((share * (weights[i] ?? 0)) / total),
      left,
    );
    counts[i] = 1 + extra;
    left -= extra;
  }
  // What rounding and the cap left over goes one claim at a time, so it does not pile up.
  for (let i = first; left > 0; i = i + 1 >= events ? first : i + 1) {
    const count = counts[i] ?? MAX_CLAIMS_PER_EVENT;
    if (count < MAX_CLAIMS_PER_EVENT) {
      counts[i] = count + 1;
      left -= 1;
    }
  }
  return counts;
}

/** 2 to 12 parties, more for bigger events; an event of one claim has one party. */
export function planPartyCount(claimCount: number, actors: number, random: Prng): number {
  const most = Math.min(MAX_PARTIES, actors, claimCount);
  if (claimCount >= MAX_CLAIMS_PER_EVENT) return most;
  const likely = Math.min(most, 2 + Math.ceil(Math.log2(claimCount + 1) * 1.5));
  return Math.min(claimCount, random.int(Math.min(2, most), Math.max(2, likely)));
}
