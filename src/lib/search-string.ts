/**
 * Writes search params the way people read and share them: lists comma-separated
 * (`?actors=russian-mod,sohr`), commas left unescaped (they are legal in a query
 * and survive chat apps), empty values dropped so defaults vanish from the URL.
 */
export function stringifySearchParams(search: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value)
      ? value.map(String).join(',')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/gi, ',')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
