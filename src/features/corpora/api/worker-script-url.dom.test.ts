import { WORKER_POLICY_NAME } from '@/config/trusted-types-policies';
import { workerScriptUrl } from './worker-script-url';

const url = 'http://localhost/assets/validate-corpus.worker-abc.js';

function setCsp(content: string | undefined) {
  document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.remove();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  setCsp(undefined);
  Reflect.deleteProperty(globalThis, 'trustedTypes');
});

describe('the worker script URL under Trusted Types', () => {
  it('is the plain URL where the browser has no Trusted Types', () => {
    setCsp("require-trusted-types-for 'script'; trusted-types dompurify");
    expect(workerScriptUrl(url)).toBe(url);
  });

  it('is refused, without trying a policy, when the CSP names none for it', () => {
    const createPolicy = vi.fn();
    Object.assign(globalThis, { trustedTypes: { createPolicy } });
    setCsp("script-src 'self'; require-trusted-types-for 'script'; trusted-types dompurify");
    expect(workerScriptUrl(url)).toBeUndefined();
    expect(createPolicy).not.toHaveBeenCalled();
  });

  it('comes from the named policy, which vouches for this one URL only', () => {
    const createPolicy = vi.fn(
      (_name: string, rules: { createScriptURL: (input: string) => string }) => ({
        createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }),
      }),
    );
    Object.assign(globalThis, { trustedTypes: { createPolicy } });
    setCsp(`require-trusted-types-for 'script'; trusted-types dompurify ${WORKER_POLICY_NAME}`);
    expect(workerScriptUrl(url)).toEqual({ trusted: url });
    expect(createPolicy).toHaveBeenCalledWith(WORKER_POLICY_NAME, expect.anything());
    const rules = createPolicy.mock.calls[0]?.[1];
    expect(() => rules?.createScriptURL('https://evil.example/x.js')).toThrow('refusing');
  });
});
