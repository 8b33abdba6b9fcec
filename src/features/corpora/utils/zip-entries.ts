import { InflateLimitError, inflateCapped } from '@/lib/corpus-source/inflate-capped';

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** What the zip says the file inflates to: a claim, checked while inflating. */
  declaredSize: number;
  /** The file's bytes, inflated no further than its declared size. */
  read: () => Uint8Array;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAME = 0x800;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function endOfDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new ZipError('the zip is damaged or unsupported');
}

function entryData(bytes: Uint8Array, view: DataView, offset: number, size: number): Uint8Array {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_HEADER) {
    throw new ZipError('the zip is damaged or unsupported');
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + size > bytes.length) throw new ZipError('the zip is damaged or unsupported');
  return bytes.subarray(start, start + size);
}

/**
 * The files of a zip, read from its central directory, each inflated on request and never past
 * the size the zip declares for it. fflate's unzipSync decodes a whole entry into a buffer of
 * the declared size, silently dropping the excess: a zip that lies about its sizes made it
 * decode gigabytes (34 s of CPU per 4 MB) before anything could refuse it. This stops at the
 * first kilobyte too many, as the self-contained link's decoder does.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new ZipError('the zip is damaged or unsupported');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & UTF8_NAME ? utf8 : latin1).decode(nameBytes);
    if (method !== STORED && method !== DEFLATED) {
      throw new ZipError(`${name} is compressed with a method other than deflate`);
    }
    entries.push({
      name,
      declaredSize,
      read: () => {
        const data = entryData(bytes, view, offset, compressedSize);
        if (method === STORED) {
          if (data.length !== declaredSize) throw new ZipError(`${name} is not the size it claims`);
          return data;
        }
        try {
          return inflateCapped(data, declaredSize);
        } catch (error) {
          if (error instanceof InflateLimitError) {
            throw new ZipError(`${name} inflates past the ${declaredSize} bytes it claims`);
          }
          throw new ZipError(`${name} is damaged`);
        }
      },
    });
    at += 46 + skip;
  }
  return entries;
}
