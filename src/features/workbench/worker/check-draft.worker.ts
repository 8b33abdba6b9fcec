import { checkDraft } from '../utils/check-draft';

/**
 * Runs the compiler's check of a draft off the main thread, so typing never waits for it. Each
 * request carries its number; the page keeps only the answer to its latest.
 */
self.onmessage = (event: MessageEvent<unknown>) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { request, files } = data as { request?: unknown; files?: unknown };
  if (typeof request !== 'number' || typeof files !== 'object' || files === null) return;
  self.postMessage({ request, check: checkDraft(files as Record<string, string>) });
};
