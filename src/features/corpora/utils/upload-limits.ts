/**
 * Bounds on an import, checked before any work is spent on it: an imported
 * corpus is someone else's file, and a zip can claim anything about itself.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** What the files inside a zip may add up to once inflated. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_FILES = 20_000;

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
