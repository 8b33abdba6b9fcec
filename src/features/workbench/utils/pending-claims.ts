import { WORKBENCH_FOLDER, jsonFile, type DraftFiles } from './draft-files';

/**
 * A claim begun but not yet placed in an event: its words anchored in one source, waiting for
 * the researcher to say who said it, on which question, and how. Selecting words makes one;
 * importing W3C Web Annotations (a Hypothesis export, say) makes one per annotation.
 */
export interface PendingClaim {
  /** Unique within the draft. */
  id: string;
  /** The source's id (sources/<id>.json). */
  source: string;
  /** The exact words, as they stand in the source's text. */
  quote: string;
  /** Which occurrence of the quote in the text, from 1, when it appears more than once. */
  occurrence?: number;
  /** Where it came from, shown beside it: an annotation's comment, its creator. */
  note?: string;
}

export const PENDING_CLAIMS_PATH = `${WORKBENCH_FOLDER}pending-claims.json`;

function isPendingClaim(value: unknown): value is PendingClaim {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Record<string, unknown>;
  return (
    typeof claim.id === 'string' &&
    typeof claim.source === 'string' &&
    typeof claim.quote === 'string' &&
    (claim.occurrence === undefined || typeof claim.occurrence === 'number') &&
    (claim.note === undefined || typeof claim.note === 'string')
  );
}

/** The draft's pending claims; a file that does not parse holds none (it is ours, never a reader's). */
export function pendingClaimsOf(files: DraftFiles): PendingClaim[] {
  const text = files[PENDING_CLAIMS_PATH];
  if (text === undefined) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isPendingClaim) : [];
  } catch {
    return [];
  }
}

function withPendingClaims(files: DraftFiles, claims: readonly PendingClaim[]): DraftFiles {
  if (claims.length === 0) {
    const { [PENDING_CLAIMS_PATH]: _dropped, ...rest } = files;
    return rest;
  }
  return { ...files, [PENDING_CLAIMS_PATH]: jsonFile(claims) };
}

/** The draft with these claims pending too, after the ones already there. */
export function addPendingClaims(files: DraftFiles, claims: readonly PendingClaim[]): DraftFiles {
  return withPendingClaims(files, [...pendingClaimsOf(files), ...claims]);
}

/** The draft without one pending claim (placed in an event, or dismissed). */
export function removePendingClaim(files: DraftFiles, id: string): DraftFiles {
  return withPendingClaims(
    files,
    pendingClaimsOf(files).filter((claim) => claim.id !== id),
  );
}
