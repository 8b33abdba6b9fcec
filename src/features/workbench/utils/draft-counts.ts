import { classifyPath } from '@/corpus/compiler/corpus-layout';
import type { DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';

export interface DraftCounts {
  sources: number;
  events: number;
  claims: number;
}

function claimsIn(text: string): number {
  // A file mid-edit that does not parse counts nothing; the check says why.
  const claims = parseJsonObject(text)?.claims;
  return Array.isArray(claims) ? claims.length : 0;
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
