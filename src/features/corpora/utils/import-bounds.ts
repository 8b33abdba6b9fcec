import { classifyPath } from '@/corpus/compiler/corpus-layout';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { IMPORT_LIMITS, describeExcess, longTextLength } from '@/corpus/limits';
import type { CorpusError } from '@/corpus/rules/corpus-error';

function arrayLength(value: unknown, key: string): number {
  if (typeof value !== 'object' || value === null) return 0;
  const items = (value as Record<string, unknown>)[key];
  return Array.isArray(items) ? items.length : 0;
}

function parsed(file: CorpusFile): unknown {
  try {
    return JSON.parse(file.text);
  } catch {
    // Not JSON: the compiler says so, with the line and column.
    return undefined;
  }
}

/**
 * Why an import holds more than the app can show, or undefined: counted before the compiler
 * runs, since a 1M-claim import compiled for minutes and then crashed the party page. Each
 * refusal names the bound, the number found and the limit.
 */
export function importBoundsProblem(files: CorpusFile[], root: string): CorpusError | undefined {
  const prefix = root === '' ? '' : `${root}/`;
  const kinds = files.map((file) => ({ file, kind: classifyPath(file.path.slice(prefix.length)) }));
  const events = kinds.filter(({ kind }) => kind === 'event');
  const fail = (file: string, path: string, what: string, found: number, limit: number) => ({
    file,
    path,
    message: describeExcess(what, found, limit),
  });
  if (events.length > IMPORT_LIMITS.events) {
    return fail(root || '.', '$', 'events in one corpus', events.length, IMPORT_LIMITS.events);
  }
  const actors = kinds.find(({ kind }) => kind === 'actors');
  const parties = actors ? arrayLength(parsed(actors.file), 'actors') : 0;
  if (actors && parties > IMPORT_LIMITS.parties) {
    return fail(actors.file.path, '$.actors', 'parties', parties, IMPORT_LIMITS.parties);
  }
  let claims = 0;
  for (const { file } of events) {
    const event = parsed(file);
    const questions = arrayLength(event, 'questions');
    if (questions > IMPORT_LIMITS.questionsPerEvent) {
      const limit = IMPORT_LIMITS.questionsPerEvent;
      return fail(file.path, '$.questions', 'questions in one event', questions, limit);
    }
    const own = arrayLength(event, 'claims');
    if (own > IMPORT_LIMITS.claimsPerEvent) {
      return fail(file.path, '$.claims', 'claims in one event', own, IMPORT_LIMITS.claimsPerEvent);
    }
    claims += own;
    const long = longTextLength(event, IMPORT_LIMITS.textChars);
    if (long !== undefined) {
      return fail(file.path, '$', 'characters in one text', long, IMPORT_LIMITS.textChars);
    }
  }
  return claims > IMPORT_LIMITS.claims
    ? fail(root || '.', '$', 'claims in one corpus', claims, IMPORT_LIMITS.claims)
    : undefined;
}
