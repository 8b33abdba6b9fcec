import { validateUpload } from '../utils/validate-upload';
import type { WorkerMessage } from '../utils/validation-result';

/**
 * Checks a dropped corpus off the main thread: unpacking and compiling a
 * large corpus takes seconds, and the page stays responsive meanwhile.
 * One request per worker; the page terminates it after the answer.
 */
function post(message: WorkerMessage) {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { bytes, name } = data as { bytes?: unknown; name?: unknown };
  if (!(bytes instanceof ArrayBuffer) || typeof name !== 'string') return;
  const result = validateUpload(new Uint8Array(bytes), name, (stage) => {
    post({ type: 'stage', stage });
  });
  post({ type: 'result', result });
};
