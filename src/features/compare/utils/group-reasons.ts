import type { DisputeKind, DisputeReason } from '@/corpus/rules/question-status';

/** One sentence's worth of dispute: who disputes, and whose accounts. */
export interface ReasonGroup {
  kind: DisputeKind;
  /** The parties whose account is disputed, in the order they were met. */
  disputed: string[];
  disputer: string;
  metric?: string;
  scope?: string;
}

/**
 * "B denies the account of A and C" reads better than two sentences. Figures
 * in conflict stay pairwise: neither party is the one doing the disputing.
 */
export function groupReasons(reasons: readonly DisputeReason[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const reason of reasons) {
    const [first, second] = reason.parties;
    const pairwise = reason.kind === 'conflicting-figures';
    const key = [
      reason.kind,
      second,
      pairwise ? first : '',
      reason.metric ?? '',
      reason.scope ?? '',
    ].join('\u0000');
    const group = groups.get(key);
    if (group) {
      if (!group.disputed.includes(first)) group.disputed.push(first);
      continue;
    }
    groups.set(key, {
      kind: reason.kind,
      disputed: [first],
      disputer: second,
      ...(reason.metric === undefined ? {} : { metric: reason.metric }),
      ...(reason.scope === undefined ? {} : { scope: reason.scope }),
    });
  }
  return [...groups.values()];
}
