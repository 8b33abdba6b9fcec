import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { CorpusError } from '@/corpus/rules/corpus-error';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { corpusBundleSchema, looksLikeBundle } from '@/lib/corpus-source/corpus-bundle';
import { MAX_FILES, MAX_UNPACKED_BYTES, formatMegabytes } from './upload-limits';

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
  let unpacked = 0;
  let count = 0;
  const keep = (info: UnzipFileInfo) => {
    if (isClutter(info.name)) return false;
    // Declared sizes bound the buffers fflate allocates; an entry inflating past its claim is cut there.
    unpacked += info.originalSize;
    count += 1;
    if (count > MAX_FILES) throw new RangeError(`more than ${MAX_FILES} files`);
    if (unpacked > MAX_UNPACKED_BYTES) {
      throw new RangeError(`it unpacks to more than ${formatMegabytes(MAX_UNPACKED_BYTES)}`);
    }
    return true;
  };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: keep });
  } catch (error) {
    const reason =
      error instanceof RangeError ? error.message : 'the zip is damaged or unsupported';
    return fail(name, '$', reason);
  }
  const files: CorpusFile[] = [];
  for (const [path, data] of Object.entries(entries)) {
    try {
      files.push({ path, text: utf8.decode(data) });
    } catch {
      return fail(path, '$', 'not UTF-8 text');
    }
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
