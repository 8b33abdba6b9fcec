/**
 * Saves a file with no server: a Blob behind an object URL, clicked through a temporary
 * `<a download>`. None of this is a Trusted Types sink, and the strict CSP allows it.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download it just started.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
