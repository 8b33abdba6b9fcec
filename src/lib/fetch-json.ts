import type { z } from 'zod';

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
 * Checks a shard against the shared schema, whichever store it came from
 * (the network, IndexedDB, a link's fragment), so every source fails alike.
 */
export function parseShard<T>(where: string, body: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first ? first.path.join('.') || '(root)' : '(root)';
    throw new ShardLoadError(where, `unexpected shape at ${at}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Fetch a corpus shard and parse it with the shared schema: data is checked where it enters. */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    throw new ShardLoadError(url, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw new ShardLoadError(url, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ShardLoadError(url, 'the file is not valid JSON');
  }
  return parseShard(url, body, schema);
}
