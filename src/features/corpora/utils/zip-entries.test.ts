import { strFromU8, strToU8, zipSync } from 'fflate';
import { formatCorpusError } from '@/corpus/rules/corpus-error';
import { validateUpload } from './validate-upload';
import { ZipError, zipEntries } from './zip-entries';

/** Every entry's declared (uncompressed) size rewritten, in the central directory and local headers. */
function lyingAbout(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 4; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
  }
  return copy;
}

describe('reading a zip entry by entry', () => {
  it('reads stored and deflated entries by name', () => {
    const zip = zipSync({
      'data/a.json': [strToU8('{"a":1}'), { level: 0 }],
      'data/b.txt': [strToU8('بيان '.repeat(100)), { level: 9 }],
    });
    const entries = zipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['data/a.json', 'data/b.txt']);
    expect(entries.map((entry) => strFromU8(entry.read()))).toEqual([
      '{"a":1}',
      'بيان '.repeat(100),
    ]);
  });

  it('stops inflating a bomb that lies about its size at the size it declares', () => {
    // 8 MB of zeros deflate to about 8 kB; the zip claims the entry holds 1,000 bytes.
    const bomb = lyingAbout(zipSync({ 'data/corpus.json': new Uint8Array(8 * 1024 * 1024) }), 1000);
    expect(bomb.length).toBeLessThan(16 * 1024);
    const [entry] = zipEntries(bomb);
    expect(entry?.declaredSize).toBe(1000);
    expect(() => entry?.read()).toThrow(
      new ZipError('data/corpus.json inflates past the 1000 bytes it claims'),
    );
    const result = validateUpload(bomb, 'liar.zip');
    expect(result.ok ? [] : result.errors.map(formatCorpusError)).toEqual([
      'liar.zip: $: data/corpus.json inflates past the 1000 bytes it claims',
    ]);
  });

  it('refuses one file declared past the per-file bound before inflating anything', () => {
    const zip = lyingAbout(zipSync({ 'data/sources/big.txt': strToU8('x') }), 17 * 1024 * 1024);
    const result = validateUpload(zip, 'big.zip');
    expect(result.ok ? [] : result.errors.map(formatCorpusError)).toEqual([
      'data/sources/big.txt: $: larger than 16 MB; not read',
    ]);
  });

  it('refuses bytes that are no zip', () => {
    expect(() => zipEntries(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(ZipError);
  });
});
