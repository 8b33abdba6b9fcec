import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compileCorpus, type CompileResult } from '../../src/corpus/compiler/compile-corpus';
import { readCorpusFiles } from './read-corpus-dir';

/** The folder as messages name it: relative to the working directory when inside it. */
export function displayPath(dir: string): string {
  const fromCwd = relative(process.cwd(), resolve(dir));
  const shown =
    fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? resolve(dir) : fromCwd;
  return shown.split(sep).join('/');
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads and compiles a corpus folder; a missing folder or a file not in UTF-8 is a problem, not a crash. */
export async function compileCorpusDir(dataDir: string): Promise<CompileResult> {
  const root = displayPath(dataDir);
  if (!(await isDirectory(dataDir))) {
    return { ok: false, errors: [{ file: root, path: '$', message: 'corpus folder not found' }] };
  }
  const { files, errors } = await readCorpusFiles(dataDir, root === '.' ? '' : root);
  const result = compileCorpus(files, { root: root === '.' ? '' : root });
  if (errors.length === 0) return result;
  const merged = [...errors, ...(result.ok ? [] : result.errors)];
  return result.ok || result.unlisted === undefined
    ? { ok: false, errors: merged }
    : { ok: false, errors: merged, unlisted: result.unlisted };
}
