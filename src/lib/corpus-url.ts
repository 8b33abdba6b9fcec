/** Shards live under <base>/corpus/, next to the app, so any static host can serve them. */
export function corpusUrl(relativePath: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  return `${base}corpus/${relativePath}`;
}
