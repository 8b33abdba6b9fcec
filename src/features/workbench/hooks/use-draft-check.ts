import { useEffect, useRef, useState } from 'react';
import workerUrl from '../worker/check-draft.worker?worker&url';
import type { DraftCheck } from '../utils/check-draft';
import type { DraftFiles } from '../utils/draft-files';

/** Edits closer together than this are checked once, after the last. */
export const CHECK_DELAY_MS = 300;

/**
 * Whether this page enforces Trusted Types for script URLs (the production CSP does). The one
 * Trusted Types policy for workers vouches only for the corpus import's worker, so until it
 * vouches for this one too, such a page checks drafts on the main thread instead.
 */
function trustedTypesEnforced(): boolean {
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  return csp?.getAttribute('content')?.includes('require-trusted-types-for') ?? false;
}

function startWorker(): Worker | undefined {
  if (trustedTypesEnforced()) return undefined;
  try {
    return new Worker(new URL(workerUrl, document.baseURI).href);
  } catch {
    // No Worker here, or the page's Trusted Types refuse a plain script URL: check on this thread.
    return undefined;
  }
}

/** The compiler's check of `files`, rerun (debounced) on every edit; undefined until the first. */
export function useDraftCheck(files: DraftFiles): DraftCheck | undefined {
  const [check, setCheck] = useState<DraftCheck | undefined>();
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    worker.current = startWorker();
    worker.current?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const { request, check: answer } = event.data as { request: number; check: DraftCheck };
      if (request === latest.current) setCheck(answer);
    });
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      latest.current += 1;
      const request = latest.current;
      if (worker.current) {
        worker.current.postMessage({ request, files });
        return;
      }
      void import('../utils/check-draft').then(({ checkDraft }) => {
        if (request === latest.current) setCheck(checkDraft(files));
      });
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [files]);

  return check;
}
