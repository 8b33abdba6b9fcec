/**
 * Bounds on an import, checked before any work is spent on it: an imported
 * corpus is someone else's file, and a zip can claim anything about itself.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** What the files inside a zip may add up to once inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_FILES = 20_000;

/** Whole megabytes, for a reader's words ("up to 50 MB", «حتى 50 ميغابايت»). */
export function wholeMegabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** The bound in a problem line, which reads like the compiler's own (English) messages. */
export function formatMegabytes(bytes: number): string {
  return `${String(wholeMegabytes(bytes))} MB`;
}
