import { classifyPath } from '@/corpus/compiler/corpus-layout';
import type { DraftFiles } from './draft-files';

export interface DraftCounts {
  sources: number;
  events: number;
  claims: number;
}

function claimsIn(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('claims' in value)) return 0;
    return Array.isArray(value.claims) ? value.claims.length : 0;
  } catch {
    // A file mid-edit that does not parse counts nothing; the check says why.
    return 0;
  }
}

/** How much a draft holds, read from its files as the compiler would classify them. */
export function draftCounts(files: DraftFiles): DraftCounts {
  const counts: DraftCounts = { sources: 0, events: 0, claims: 0 };
  for (const [path, text] of Object.entries(files)) {
    const kind = classifyPath(path);
    if (kind === 'source') counts.sources += 1;
    if (kind === 'event') {
      counts.events += 1;
      counts.claims += claimsIn(text);
    }
  }
  return counts;
}
