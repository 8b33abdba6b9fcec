import { strToU8, zipSync } from 'fflate';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { formatCorpusError } from '@/corpus/rules/corpus-error';
import { corpusIndexSchema } from '@/corpus/shards';
import { createCorpusBundle } from '@/lib/corpus-source/corpus-bundle';
import { MAX_UPLOAD_BYTES } from './upload-limits';
import { validateUpload } from './validate-upload';

const files = () => fixtureFiles(minimalCorpus());
const bundleBytes = (list = files()) => strToU8(JSON.stringify(createCorpusBundle(list)));

function zipOf(list: { path: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(list.map(({ path, text }) => [path, strToU8(text)])));
}

function errorsOf(bytes: Uint8Array, name = 'upload.json'): string[] {
  const result = validateUpload(bytes, name);
  return result.ok ? [] : result.errors.map(formatCorpusError);
}

/** The central directory's "uncompressed size" of every entry, rewritten: a zip lying about itself. */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 4; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('validating an import', () => {
  it('accepts a bundle and returns the compiled files with counts', () => {
    const result = validateUpload(bundleBytes(), 'minimal.json');
    if (!result.ok) throw new Error(result.errors.map(formatCorpusError).join('\n'));
    expect(result.corpus).toMatchObject({ id: minimalCorpus().meta.id, eventCount: 1 });
    expect(result.files[0]?.path).toBe('index.json');
    expect(result.files.some((file) => file.path.startsWith('events/'))).toBe(true);
    // The /actors and /sources counts travel with an import, as the index names them.
    const index = corpusIndexSchema.parse(JSON.parse(result.files[0]?.json ?? '{}'));
    expect(result.files.map((file) => file.path)).toContain(index.directory);
  });

  it('accepts a zip of the folder, wherever the folder sits inside it, ignoring clutter', () => {
    const nested = files().map(({ path, text }) => ({
      path: path.replace(/^data\//, 'my-corpus/'),
      text,
    }));
    const clutter = [
      { path: '__MACOSX/my-corpus/._corpus.json', text: '\u0000' },
      { path: 'my-corpus/.DS_Store', text: 'x' },
      { path: 'my-corpus/schema/event.schema.json', text: '{}' },
    ];
    expect(validateUpload(zipOf([...nested, ...clutter]), 'c.zip').ok).toBe(true);
    const top = files().map(({ path, text }) => ({ path: path.replace(/^data\//, ''), text }));
    expect(validateUpload(zipOf(top), 'c.zip').ok).toBe(true);
  });

  it('reports every compiler problem as file: path: reason', () => {
    const broken = files().map((file) =>
      file.path.startsWith('data/events/') ? { ...file, text: '{"id": ' } : file,
    );
    const errors = errorsOf(bundleBytes(broken));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^data\/events\/[a-z0-9-]+\.json: \$: /);
  });

  it.each([
    ['random bytes', new Uint8Array([1, 2, 3, 255]), /^x: \$: neither a corpus bundle/],
    ['JSON that is no bundle', strToU8('{"files": []}'), /^x: \$\.format: not a corpus bundle/],
    [
      'a bundle of another version',
      strToU8('{"format":"riwaya-corpus-bundle","version":9,"files":[]}'),
      /^x: \$\.version: /,
    ],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), /^x: \$: the zip is damaged/],
  ])('refuses %s with a plain message', (_name, bytes, pattern) => {
    expect(errorsOf(bytes, 'x')[0]).toMatch(pattern);
  });

  it('refuses an upload over the size limit before reading it', () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    expect(errorsOf(big, 'big.json')).toEqual(['big.json: $: larger than 50 MB']);
  });

  it('refuses a zip that claims to unpack past the limit (a zip bomb)', () => {
    const zip = claimSize(zipOf(files().slice(0, 2)), 150 * 1024 * 1024);
    expect(errorsOf(zip, 'bomb.zip')).toEqual(['bomb.zip: $: it unpacks to more than 200 MB']);
  });

  it('cuts an entry that inflates past its declared size instead of growing without bound', () => {
    const zip = claimSize(zipOf(files()), 10);
    const result = validateUpload(zip, 'liar.zip');
    expect(result.ok).toBe(false);
  });

  it('never lets a prototype key through', () => {
    const hostile = [
      ...files(),
      { path: 'data/__proto__.json', text: '{"__proto__":{"polluted":1}}' },
    ];
    expect(validateUpload(bundleBytes(hostile), 'h.json').ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
