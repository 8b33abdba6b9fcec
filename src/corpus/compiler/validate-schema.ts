import type { z } from '../zod';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';

/** Whether `path` names a key its parent object lacks altogether. */
function isMissing(raw: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = raw;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  return (
    last !== undefined &&
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, last)
  );
}

/** Zod's issues as corpus errors: one per unknown key, "missing" said plainly. */
export function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  file: string,
  sink: ErrorSink,
): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        sink.report(file, formatIssuePath([...issue.path, key]), `unknown field "${key}"`);
      }
    } else if (issue.code === 'invalid_type' && isMissing(raw, issue.path)) {
      sink.report(file, formatIssuePath(issue.path), 'missing required field');
    } else {
      sink.report(file, formatIssuePath(issue.path), issue.message);
    }
  }
}

/** Validates and reports; the parsed value, or undefined when anything failed. */
export function validateFile<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  sink: ErrorSink,
): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  reportIssues(result.error.issues, raw, file, sink);
  return undefined;
}

/** Parses quietly: for salvaging the valid parts of a file already reported. */
export function parseQuietly<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}
