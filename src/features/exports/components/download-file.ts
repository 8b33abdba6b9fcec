export const mediaTypes = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
} as const;

/**
 * Saves text as a file with no server: a Blob behind an object URL, clicked
 * through a temporary `<a download>`. None of this is a Trusted Types sink,
 * and the strict CSP allows it (no navigation, no script).
 */
export function downloadFile(fileName: string, mediaType: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
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
