import { strToU8 } from 'fflate';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { createCorpusBundle } from '@/lib/corpus-source/corpus-bundle';
import { validateCorpusFile } from './validate-corpus-file';

const bundle = () =>
  new File([strToU8(JSON.stringify(createCorpusBundle(fixtureFiles(minimalCorpus()))))], 'a.json');

afterEach(() => {
  vi.restoreAllMocks();
});

// jsdom has no Worker: the page falls back to checking on its own thread, and must say so.
describe('validating without a worker', () => {
  it('still checks the file, and warns that it ran on the main thread and why', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stages: string[] = [];
    const result = await validateCorpusFile(bundle(), (stage) => stages.push(stage)).result;
    expect(result.ok).toBe(true);
    expect(stages.length).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^Validating a\.json on the main thread: .*Worker/);
  });

  it('names a CSP without the worker policy as the reason', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types dompurify";
    document.head.append(meta);
    Object.assign(globalThis, { trustedTypes: { createPolicy: vi.fn() } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const result = await validateCorpusFile(bundle(), () => undefined).result;
      expect(result.ok).toBe(true);
      expect(warn.mock.calls[0]?.[0]).toContain('names no Trusted Types policy "riwaya-worker"');
    } finally {
      meta.remove();
      Reflect.deleteProperty(globalThis, 'trustedTypes');
    }
  });
});
