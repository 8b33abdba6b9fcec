import { findDuplicateKeys } from './duplicate-keys';
import { findJsonSyntaxError } from './json-syntax-error';
import { formatIssuePath } from './format-issue-path';

export interface JsonProblem {
  path: string;
  message: string;
}

export type JsonParseResult =
  { ok: true; value: unknown; problems: JsonProblem[] } | { ok: false; problems: JsonProblem[] };

/**
 * Keys that reach an object's prototype when code later copies or merges
 * parsed data. JSON.parse itself only creates own properties, so they are
 * harmless here; they are removed (and reported) before anything else runs.
 */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** A container on the walk, with the key that led to it: the path is only built for a report. */
interface Visit {
  value: object;
  key: string | number;
  parent: Visit | undefined;
}

function toPath(visit: Visit | undefined, lastKey: string): (string | number)[] {
  const keys: (string | number)[] = [lastKey];
  for (let at = visit; at?.parent !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/** Walks with an explicit stack: nesting depth is up to the author of the file. */
function removeForbiddenKeys(root: unknown): JsonProblem[] {
  const problems: JsonProblem[] = [];
  if (typeof root !== 'object' || root === null) return problems;
  const stack: Visit[] = [{ value: root, key: '$', parent: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value } = visit;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const child: unknown = value[index];
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, key: index, parent: visit });
        }
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (forbiddenKeys.has(key)) {
          problems.push({
            path: formatIssuePath(toPath(visit, key)),
            message: `the key "${key}" is not allowed`,
          });
          Reflect.deleteProperty(record, key);
          continue;
        }
        const child = record[key];
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, key, parent: visit });
        }
      }
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether the JSON text may hold a forbidden key. A key reaches the parsed
 * value either spelled out or with \u escapes, so a text with neither
 * cannot, and its (whole-tree) walk is skipped: corpora run to 150 MB.
 */
function mayHoldForbiddenKey(body: string): boolean {
  if (body.includes('\\u')) return true;
  for (const key of forbiddenKeys) if (body.includes(key)) return true;
  return false;
}

export function parseJsonText(text: string): JsonParseResult {
  const body = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const found = findJsonSyntaxError(body);
    const message = found
      ? `invalid JSON at line ${found.line}, column ${found.column}: ${found.message}`
      : `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ path: '$', message }] };
  }
  const duplicates = findDuplicateKeys(body).map(({ path, key }) => ({
    path,
    message: `duplicate key ${JSON.stringify(key)}: a reader sees the first value, the build would use the last`,
  }));
  return {
    ok: true,
    value,
    problems: [...(mayHoldForbiddenKey(body) ? removeForbiddenKeys(value) : []), ...duplicates],
  };
}
