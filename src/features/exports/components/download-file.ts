import { downloadBlob } from '@/lib/download-blob';

export const mediaTypes = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
} as const;

/** Saves text as a file with no server (see downloadBlob). */
export function downloadFile(fileName: string, mediaType: string, text: string) {
  downloadBlob(fileName, new Blob([text], { type: mediaType }));
}
