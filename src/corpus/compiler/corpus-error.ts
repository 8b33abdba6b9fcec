/**
 * One problem in the corpus. `file` is the corpus-relative path the editor
 * opens, `path` a JSON path inside it ("$" for the whole file).
 */
export interface CorpusError {
  file: string;
  path: string;
  message: string;
}

export function formatCorpusError(error: CorpusError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}

export function formatProblemCount(count: number): string {
  return `${count} ${count === 1 ? 'problem' : 'problems'} in the corpus`;
}

/** Collects problems so every check can report without stopping the others. */
export class ErrorSink {
  readonly errors: CorpusError[] = [];

  report(file: string, path: string, message: string): void {
    this.errors.push({ file, path, message });
  }

  get count(): number {
    return this.errors.length;
  }

  /** Grouped by file for reading, in the order found within each file. */
  sorted(): CorpusError[] {
    return this.errors
      .map((error, order) => ({ error, order }))
      .sort((a, b) =>
        a.error.file === b.error.file ? a.order - b.order : a.error.file < b.error.file ? -1 : 1,
      )
      .map(({ error }) => error);
  }
}
