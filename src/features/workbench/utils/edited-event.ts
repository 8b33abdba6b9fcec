import { corpusFilesOf, type DraftFiles } from './draft-files';

const EVENT_FILE = /^events\/(.+)\.json$/;

/**
 * The event whose file an edit changed or added (the last in path order when several did),
 * by its file name, which the compiler requires to be its id; undefined when none did.
 */
export function editedEvent(before: DraftFiles, after: DraftFiles): string | undefined {
  let edited: string | undefined;
  for (const [path, text] of Object.entries(corpusFilesOf(after))) {
    const id = EVENT_FILE.exec(path)?.[1];
    if (id !== undefined && before[path] !== text && (edited === undefined || id > edited)) {
      edited = id;
    }
  }
  return edited;
}

/** Whether the draft has an event file yet, whatever its state. */
export function hasEventFile(files: DraftFiles): boolean {
  return Object.keys(corpusFilesOf(files)).some((path) => EVENT_FILE.test(path));
}
