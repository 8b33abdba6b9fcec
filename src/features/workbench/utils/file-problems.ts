import type { DraftCheck } from './check-draft';

/** The problems the check found in one of the draft's files (the check names them as in data/). */
export function problemsOfFile(check: DraftCheck | undefined, path: string) {
  return (check?.problems ?? []).filter(({ error }) => error.file === `data/${path}`);
}
