import { Inflate } from 'fflate';

export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`the data inflates to more than ${limit} bytes`);
    this.name = 'InflateLimitError';
  }
}

/** Small input steps bound how far past the limit one step can inflate (deflate tops out near 1:1032). */
const STEP = 1024;

/**
 * Inflates raw DEFLATE data, stopping as soon as the output passes `limit`:
 * a few hostile bytes can expand a thousandfold, and inflating all of it
 * first would spend the memory the limit is there to protect.
 */
export function inflateCapped(compressed: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // An object, not a let: the callback sets it, which narrowing cannot see.
  const state = { finished: false };
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError(limit);
    chunks.push(chunk);
    if (final) state.finished = true;
  });
  for (let at = 0; at < compressed.length; at += STEP) {
    const end = Math.min(at + STEP, compressed.length);
    inflate.push(compressed.subarray(at, end), end === compressed.length);
  }
  if (!state.finished) throw new Error('the compressed data ends early');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
