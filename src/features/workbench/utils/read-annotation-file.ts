import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import type { AnnotationFileProblem } from './import-annotations';

/**
 * A chosen or dropped annotation file as text, or why it is not one: larger than any corpus
 * file may be (refused before it is read), binary, or not UTF-8.
 */
export async function readAnnotationFile(
  file: Blob,
): Promise<{ ok: true; text: string } | { ok: false; problem: AnnotationFileProblem }> {
  if (file.size > MAX_CORPUS_FILE_BYTES) {
    return {
      ok: false,
      problem: { kind: 'too-large', bytes: file.size, limit: MAX_CORPUS_FILE_BYTES },
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A NUL byte never occurs in JSON text; images, PDFs and zips hold many.
  if (bytes.includes(0)) return { ok: false, problem: { kind: 'not-json' } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { kind: 'encoding' } };
  }
}
