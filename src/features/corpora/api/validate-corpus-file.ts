import workerUrl from '../worker/validate-corpus.worker?worker&url';
import { MAX_UPLOAD_BYTES, formatMegabytes } from '../utils/upload-limits';
import type { ValidationResult, ValidationStage, WorkerMessage } from '../utils/validation-result';
import { WORKER_POLICY_NAME } from '@/config/trusted-types-policies';
import { workerScriptUrl } from '@/lib/worker-script-url';

export interface Validation {
  result: Promise<ValidationResult>;
  cancel: () => void;
}

type StartedWorker = { worker: Worker } | { unavailable: string };

function startWorker(): StartedWorker {
  const url = workerScriptUrl(new URL(workerUrl, document.baseURI).href);
  if (url === undefined) {
    return {
      unavailable: `this page's Content Security Policy names no Trusted Types policy "${WORKER_POLICY_NAME}" for it, or the policy does not vouch for its URL`,
    };
  }
  try {
    // A TrustedScriptURL where the page enforces Trusted Types; the DOM typings only know strings.
    return { worker: new Worker(url as string) };
  } catch (error) {
    // No Worker in this browser, or it refused the script URL.
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}

/** Same check, on this thread: for pages whose CSP allows no worker (see lib/worker-script-url.ts), or browsers without one. */
async function validateHere(
  bytes: Uint8Array,
  name: string,
  onStage: (stage: ValidationStage) => void,
): Promise<ValidationResult> {
  const { validateUpload } = await import('../utils/validate-upload');
  // Let the progress paint before the compiler holds the thread.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return validateUpload(bytes, name, onStage);
}

/**
 * Validates a dropped file in a Web Worker with the compiler's own rules.
 * Oversized files are refused before they are read into memory.
 */
export function validateCorpusFile(
  file: File,
  onStage: (stage: ValidationStage) => void,
): Validation {
  const abort = new AbortController();
  const cancelled = () => new DOMException('cancelled', 'AbortError');
  const result = (async (): Promise<ValidationResult> => {
    if (file.size > MAX_UPLOAD_BYTES) {
      const message = `larger than ${formatMegabytes(MAX_UPLOAD_BYTES)}`;
      return { ok: false, errors: [{ file: file.name, path: '$', message }] };
    }
    const buffer = await file.arrayBuffer();
    if (abort.signal.aborted) throw cancelled();
    const started = startWorker();
    if ('unavailable' in started) {
      // Said out loud: a silent fallback would hide a CSP or Trusted Types regression that
      // stopped the worker, and the page would freeze for seconds on every large import.
      console.warn(
        `Validating ${file.name} on the main thread: no validation worker (${started.unavailable}).`,
      );
      return validateHere(new Uint8Array(buffer), file.name, onStage);
    }
    const running = started.worker;
    return new Promise<ValidationResult>((resolve, reject) => {
      abort.signal.addEventListener('abort', () => {
        running.terminate();
        reject(cancelled());
      });
      running.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.type === 'stage') onStage(event.data.stage);
        else {
          resolve(event.data.result);
          running.terminate();
        }
      };
      running.onerror = (event) => {
        reject(new Error(event.message || 'the validation worker failed'));
        running.terminate();
      };
      running.postMessage({ bytes: buffer, name: file.name }, [buffer]);
    });
  })();
  return {
    result,
    cancel: () => {
      abort.abort();
    },
  };
}
