import type { CorpusError } from '@/corpus/rules/corpus-error';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { corpusBundleSchema, looksLikeBundle } from '@/lib/corpus-source/corpus-bundle';
import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import { MAX_FILES, MAX_UNPACKED_BYTES, formatMegabytes } from './upload-limits';
import { ZipError, zipEntries } from './zip-entries';

export type UploadFiles =
  { ok: true; files: CorpusFile[]; root: string } | { ok: false; errors: CorpusError[] };

const fail = (file: string, path: string, message: string): UploadFiles => ({
  ok: false,
  errors: [{ file, path, message }],
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** Finder, Windows and git leave these beside a corpus; none is corpus content. */
function isClutter(path: string): boolean {
  return (
    path.endsWith('/') ||
    path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')
  );
}

/**
 * The folder holding corpus.json is the corpus, wherever the zip or bundle
 * put it ("data/", "my-corpus/", or the top); files outside it are left out.
 */
function withinCorpusRoot(files: CorpusFile[]): { files: CorpusFile[]; root: string } {
  const marker = files
    .map((file) => file.path)
    .filter((path) => path === 'corpus.json' || path.endsWith('/corpus.json'))
    .sort((a, b) => a.length - b.length)[0];
  if (marker === undefined) return { files, root: 'data' };
  const root = marker.slice(0, -'corpus.json'.length).replace(/\/$/, '');
  const prefix = root === '' ? '' : `${root}/`;
  const inside = files.filter(
    (file) => file.path.startsWith(prefix) && !file.path.startsWith(`${prefix}schema/`),
  );
  return { files: inside, root };
}

function readZip(bytes: Uint8Array, name: string): UploadFiles {
  const files: CorpusFile[] = [];
  try {
    // Every entry is checked against the bounds by what it declares before any is inflated.
    const entries = zipEntries(bytes).filter((entry) => !isClutter(entry.name));
    if (entries.length > MAX_FILES) return fail(name, '$', `more than ${MAX_FILES} files`);
    const unpacked = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
    if (unpacked > MAX_UNPACKED_BYTES) {
      return fail(name, '$', `it unpacks to more than ${formatMegabytes(MAX_UNPACKED_BYTES)}`);
    }
    const oversized = entries.find((entry) => entry.declaredSize > MAX_CORPUS_FILE_BYTES);
    if (oversized) {
      return fail(
        oversized.name,
        '$',
        `larger than ${formatMegabytes(MAX_CORPUS_FILE_BYTES)}; not read`,
      );
    }
    for (const entry of entries) {
      try {
        files.push({ path: entry.name, text: utf8.decode(entry.read()) });
      } catch (error) {
        if (error instanceof ZipError) throw error;
        return fail(entry.name, '$', 'not UTF-8 text');
      }
    }
  } catch (error) {
    if (error instanceof ZipError) return fail(name, '$', error.message);
    throw error;
  }
  return { ok: true, ...withinCorpusRoot(files) };
}

function readBundle(bytes: Uint8Array, name: string): UploadFiles {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    return fail(name, '$', 'neither a corpus bundle (JSON) nor a zip of a corpus folder');
  }
  if (!looksLikeBundle(value)) {
    return fail(name, '$.format', 'not a corpus bundle: make one with npm run corpus:bundle');
  }
  const parsed = corpusBundleSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 50).map((issue) => ({
        file: name,
        path: `$${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`,
        message: issue.message,
      })),
    };
  }
  return { ok: true, ...withinCorpusRoot(parsed.data.files) };
}

/** A dropped file as the compiler's input: a bundle's files, or a zipped corpus folder's. */
export function readUpload(bytes: Uint8Array, name: string): UploadFiles {
  return isZip(bytes) ? readZip(bytes, name) : readBundle(bytes, name);
}
