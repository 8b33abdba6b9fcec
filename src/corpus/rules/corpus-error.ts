import { MAX_LISTED_PROBLEMS } from '../limits';

/**
 * One problem in the corpus. `file` is the corpus-relative path the editor
 * opens, `path` a JSON path inside it ("$" for the whole file).
 */
export interface CorpusError {
  file: string;
  path: string;
  message: string;
}

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text as one printable line: control characters (C0, DEL, C1), line and paragraph
 * separators and the bidi embeddings, overrides and isolates are written as escapes
 * (`\n`, `\u001b`), so a value or file name from a corpus can neither drive the terminal
 * (clear the screen, set its title), forge a problem line with a newline, nor reorder what
 * is shown. Messages echo corpus values and file names; every one passes through here.
 */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
    (char) => named[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

export function formatCorpusError(error: CorpusError): string {
  return `${printable(error.file)}: ${printable(error.path)}: ${printable(error.message)}`;
}

export function formatProblemCount(count: number, unlisted = 0): string {
  const total = `${count} ${count === 1 ? 'problem' : 'problems'} in the corpus`;
  return unlisted > 0 ? `${total} (the first ${count - unlisted} listed)` : total;
}

/**
 * Collects problems so every check can report without stopping the others. Past `limit` it
 * only counts them: one broken 4 MB zip produced 1.5 million problems, and keeping (and then
 * listing) every one froze the import page.
 */
export class ErrorSink {
  readonly errors: CorpusError[] = [];
  private total = 0;

  constructor(private readonly limit = MAX_LISTED_PROBLEMS) {}

  report(file: string, path: string, message: string): void {
    this.total += 1;
    if (this.errors.length < this.limit) this.errors.push({ file, path, message });
  }

  /** Every problem reported, listed or not. */
  get count(): number {
    return this.total;
  }

  /** Problems counted but not kept. */
  get unlisted(): number {
    return this.total - this.errors.length;
  }

  /**
   * Grouped by file, then by entry ($.claims[2] before $.claims[10]), and
   * within an entry in the order found, so one claim's problems sit together.
   */
  sorted(): CorpusError[] {
    return this.errors
      .map((error, order) => ({ error, order }))
      .sort(
        (a, b) =>
          compareText(a.error.file, b.error.file) ||
          comparePaths(entryOf(a.error.path), entryOf(b.error.path)) ||
          a.order - b.order,
      )
      .map(({ error }) => error);
  }
}

/** Top-level keys in the order the schemas (and so the files) list them. */
const keyOrder = [
  '$schema',
  'id',
  'outlet',
  'outletNote',
  'title',
  'titleTranslation',
  'summary',
  'description',
  'language',
  'published',
  'date',
  'url',
  'seed',
  'textFile',
  'boilerplate',
  'places',
  'topics',
  'questions',
  'scopes',
  'claims',
];

/**
 * The top-level entry a path is in, as a sortable key: "$.claims[3]" for
 * "$.claims[3].figures[0].value", with the key replaced by its rank.
 */
function entryOf(path: string): string {
  const match = /^\$(?:\.([^.[]+))?(\[\d+\])?/.exec(path);
  const key = match?.[1];
  if (key === undefined) return path;
  const rank = keyOrder.indexOf(key);
  const sortable = rank === -1 ? `~${key}` : String(rank).padStart(2, '0');
  return `${sortable}${match?.[2] ?? ''}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares JSON paths with their indices as numbers. */
function comparePaths(a: string, b: string): number {
  const partsA = a.split(/(\d+)/);
  const partsB = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i += 1) {
    const [x = '', y = ''] = [partsA[i], partsB[i]];
    const order = i % 2 === 1 ? Number(x) - Number(y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}
