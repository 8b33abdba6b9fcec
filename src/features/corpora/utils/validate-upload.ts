import { builtShardFiles } from '@/corpus/compiler/build-shards';
import { compileCorpus, type CompileResult } from '@/corpus/compiler/compile-corpus';
import { importBoundsProblem } from './import-bounds';
import { readUpload } from './read-upload';
import { MAX_UPLOAD_BYTES, formatMegabytes } from './upload-limits';
import type { ValidationResult, ValidationStage } from './validation-result';

/**
 * The whole check of an import: limits, unpacking, then the very compiler
 * `npm run corpus` runs. Pure, so the worker runs it and tests call it.
 */
export function validateUpload(
  bytes: Uint8Array,
  name: string,
  onStage: (stage: ValidationStage) => void = () => undefined,
): ValidationResult {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      errors: [
        { file: name, path: '$', message: `larger than ${formatMegabytes(MAX_UPLOAD_BYTES)}` },
      ],
    };
  }
  onStage('reading');
  const upload = readUpload(bytes, name);
  if (!upload.ok) return upload;
  const excess = importBoundsProblem(upload.files, upload.root);
  if (excess) return { ok: false, errors: [excess] };
  onStage('checking');
  let result: CompileResult;
  try {
    result = compileCorpus(upload.files, { root: upload.root });
  } catch (error) {
    // What a pathological file still makes the engine throw is a problem line, not "Uncaught RangeError".
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      errors: [{ file: name, path: '$', message: `too large to check (${error.message})` }],
    };
  }
  if (!result.ok) return result;
  const { index } = result;
  return {
    ok: true,
    corpus: {
      id: index.corpus.id,
      title: index.corpus.title,
      fileCount: upload.files.length,
      eventCount: index.events.length,
      sourceCount: index.sourceCount,
      claimCount: index.events.reduce((sum, event) => sum + event.claimCount, 0),
    },
    files: [
      { path: 'index.json', json: JSON.stringify(index) },
      ...builtShardFiles(result).map(({ path, json }) => ({ path, json })),
    ],
  };
}
