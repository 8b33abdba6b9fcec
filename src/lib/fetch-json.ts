import type { z } from '@/corpus/zod';

export class ShardLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`Could not load ${url}: ${reason}`);
    this.name = 'ShardLoadError';
  }
}

/**
 * A shard's schema, or a function that imports it. Fetchers pass the loader
 * (lazyShardSchema, src/api/shard-query.ts) so zod and the schemas are not
 * part of the first render's JavaScript: they load only when a read checks
 * a shard, alongside its data.
 */
export type ShardSchema<T> = z.ZodType<T> | (() => Promise<z.ZodType<T>>);

function loadSchema<T>(where: string, schema: ShardSchema<T>): Promise<z.ZodType<T>> {
  if (typeof schema !== 'function') return Promise.resolve(schema);
  return schema().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new ShardLoadError(where, `the code that checks it did not load (${reason})`);
  });
}

function check<T>(where: string, body: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first ? first.path.join('.') || '(root)' : '(root)';
    throw new ShardLoadError(where, `unexpected shape at ${at}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Checks a shard against the shared schema, whichever store it came from
 * (the network, IndexedDB, a link's fragment), so every source fails alike.
 */
export async function parseShard<T>(
  where: string,
  body: unknown,
  schema: ShardSchema<T>,
): Promise<T> {
  return check(where, body, await loadSchema(where, schema));
}

/** The parsed JSON at `url`; a network failure, an HTTP error or broken JSON is a ShardLoadError. */
export async function fetchJsonBody(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    throw new ShardLoadError(url, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw new ShardLoadError(url, `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ShardLoadError(url, 'the file is not valid JSON');
  }
}
