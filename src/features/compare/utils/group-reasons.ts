import type { DisputeKind, DisputeReason } from '@/corpus/rules/question-status';

/** One sentence's worth of dispute: who disputes, and whose accounts. */
export interface ReasonGroup {
  kind: DisputeKind;
  /** The parties whose account is disputed, in the order they were met. */
  disputed: string[];
  /** The parties disputing it, in the order they were met. */
  disputers: string[];
  metric?: string;
  scope?: string;
}

/** Clashes with no party doing the disputing: each pair keeps its own sentence. */
const pairwise = new Set<DisputeKind>(['conflicting-figures', 'rival-explanations']);

const keyOf = (...parts: (string | undefined)[]) => parts.map((part) => part ?? '').join('\u0000');

/**
 * "B, C and D denied the account of A and E" reads better than six sentences:
 * first each disputer's disputed parties are gathered, then disputers who
 * dispute the same parties the same way share one sentence. Figures in
 * conflict and rival explanations stay pairwise: neither party disputes the other.
 */
export function groupReasons(reasons: readonly DisputeReason[]): ReasonGroup[] {
  const byDisputer = new Map<string, ReasonGroup>();
  for (const reason of reasons) {
    const [first, second] = reason.parties;
    const key = keyOf(
      reason.kind,
      second,
      pairwise.has(reason.kind) ? first : '',
      reason.metric,
      reason.scope,
    );
    const group = byDisputer.get(key);
    if (group) {
      if (!group.disputed.includes(first)) group.disputed.push(first);
      continue;
    }
    byDisputer.set(key, {
      kind: reason.kind,
      disputed: [first],
      disputers: [second],
      ...(reason.metric === undefined ? {} : { metric: reason.metric }),
      ...(reason.scope === undefined ? {} : { scope: reason.scope }),
    });
  }

  const merged = new Map<string, ReasonGroup>();
  for (const group of byDisputer.values()) {
    const key = pairwise.has(group.kind)
      ? keyOf(
          group.kind,
          ...group.disputed,
          '\u0001',
          ...group.disputers,
          group.metric,
          group.scope,
        )
      : keyOf(group.kind, ...[...group.disputed].sort(), '\u0001', group.metric, group.scope);
    const same = merged.get(key);
    if (same) same.disputers.push(...group.disputers);
    else merged.set(key, group);
  }
  return [...merged.values()];
}
