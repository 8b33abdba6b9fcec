import { WORKER_POLICY_NAME } from '@/config/trusted-types-policies';
import { vouchForWorkerScripts, workerScriptUrl } from './worker-script-url';

const importWorker = '/assets/validate-corpus.worker-abc.js';
const checkWorker = '/assets/check-draft.worker-def.js';
const absolute = (path: string) => new URL(path, document.baseURI).href;

function setCsp(content: string | undefined) {
  document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = content;
  document.head.append(meta);
}

beforeEach(() => {
  vouchForWorkerScripts([importWorker, checkWorker]);
});

afterEach(() => {
  setCsp(undefined);
  Reflect.deleteProperty(globalThis, 'trustedTypes');
});

describe('the worker script URL under Trusted Types', () => {
  it('is the plain URL where the browser has no Trusted Types', () => {
    setCsp("require-trusted-types-for 'script'; trusted-types dompurify");
    expect(workerScriptUrl(absolute(importWorker))).toBe(absolute(importWorker));
  });

  it('is refused, without trying a policy, when the CSP names none for it', () => {
    const createPolicy = vi.fn();
    Object.assign(globalThis, { trustedTypes: { createPolicy } });
    setCsp("script-src 'self'; require-trusted-types-for 'script'; trusted-types dompurify");
    expect(workerScriptUrl(absolute(importWorker))).toBeUndefined();
    expect(createPolicy).not.toHaveBeenCalled();
  });

  it('comes from the one named policy, which vouches for the app’s worker files and no other', () => {
    const createPolicy = vi.fn(
      (_name: string, rules: { createScriptURL: (input: string) => string }) => ({
        createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }),
      }),
    );
    Object.assign(globalThis, { trustedTypes: { createPolicy } });
    setCsp(`require-trusted-types-for 'script'; trusted-types dompurify ${WORKER_POLICY_NAME}`);

    // The corpus import's worker and the workbench's check, through the same policy.
    expect(workerScriptUrl(absolute(importWorker))).toEqual({ trusted: absolute(importWorker) });
    expect(workerScriptUrl(absolute(checkWorker))).toEqual({ trusted: absolute(checkWorker) });
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy).toHaveBeenCalledWith(WORKER_POLICY_NAME, expect.anything());

    // Anything else is refused before it reaches the policy, and by the policy itself.
    expect(workerScriptUrl('https://evil.example/x.js')).toBeUndefined();
    expect(workerScriptUrl(absolute('/assets/check-draft.worker-def.js?x'))).toBeUndefined();
    const rules = createPolicy.mock.calls[0]?.[1];
    expect(() => rules?.createScriptURL('https://evil.example/x.js')).toThrow('refusing');
    expect(() => rules?.createScriptURL(absolute(checkWorker))).not.toThrow();
  });

  it('vouches for nothing before the app names its workers', () => {
    vouchForWorkerScripts([]);
    Object.assign(globalThis, {
      trustedTypes: { createPolicy: vi.fn(() => ({ createScriptURL: (input: string) => input })) },
    });
    setCsp(`require-trusted-types-for 'script'; trusted-types ${WORKER_POLICY_NAME}`);
    expect(workerScriptUrl(absolute(checkWorker))).toBeUndefined();
  });
});
