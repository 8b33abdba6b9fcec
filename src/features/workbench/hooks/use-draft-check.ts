import { useEffect, useRef, useState } from 'react';
import { workerScriptUrl } from '@/lib/worker-script-url';
import workerUrl from '../worker/check-draft.worker?worker&url';
import type { DraftCheck } from '../utils/check-draft';
import type { DraftFiles } from '../utils/draft-files';

/** Edits closer together than this are checked once, after the last. */
export const CHECK_DELAY_MS = 300;

/** A check, and which one: numbers never repeat in a page, so one compile is never taken for another. */
export interface NumberedCheck extends DraftCheck {
  revision: number;
}

let lastRevision = 0;

/**
 * The check's worker. Under the production CSP its URL comes from the one Trusted Types policy
 * for workers, which vouches for it (src/app/worker-scripts.ts). Only a browser without
 * workers, or a page that refuses this one, checks on the main thread, and says so.
 */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const url = workerScriptUrl(new URL(workerUrl, document.baseURI).href);
  try {
    if (url === undefined) throw new Error('the Trusted Types policy does not vouch for it');
    // A TrustedScriptURL where the page enforces Trusted Types; the DOM typings only know strings.
    return new Worker(url as string);
  } catch (error) {
    console.warn(
      `Checking the draft on the main thread: no check worker (${error instanceof Error ? error.message : String(error)}).`,
    );
    return undefined;
  }
}

interface Asked {
  revision: number;
  files: DraftFiles;
}

/** The same check on this thread, for a browser without workers or a worker that failed. */
function checkHere(asked: Asked, deliver: (revision: number, answer: DraftCheck) => void) {
  void import('../utils/check-draft').then(({ checkDraft }) => {
    deliver(asked.revision, checkDraft(asked.files));
  });
}

/** The compiler's check of `files`, rerun (debounced) on every edit; undefined until the first. */
export function useDraftCheck(files: DraftFiles): NumberedCheck | undefined {
  const [check, setCheck] = useState<NumberedCheck | undefined>();
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef<Asked | undefined>(undefined);
  // Only the answer to the latest edit is kept; an older one arriving late is dropped.
  const deliver = (revision: number, answer: DraftCheck) => {
    if (revision === latest.current?.revision) setCheck({ ...answer, revision });
  };

  useEffect(() => {
    const started = startWorker();
    worker.current = started;
    started?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const { request, check: answer } = event.data as { request: number; check: DraftCheck };
      deliver(request, answer);
    });
    started?.addEventListener('error', (event) => {
      // The worker's file did not load, or it crashed: the check goes on here rather than stop.
      console.warn(
        `Checking the draft on the main thread: the check worker failed (${event.message}).`,
      );
      started.terminate();
      worker.current = undefined;
      if (latest.current) checkHere(latest.current, deliver);
    });
    return () => {
      started?.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      lastRevision += 1;
      const asked = { revision: lastRevision, files };
      latest.current = asked;
      if (worker.current) worker.current.postMessage({ request: asked.revision, files });
      else checkHere(asked, deliver);
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [files]);

  return check;
}
