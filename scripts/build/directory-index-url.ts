/**
 * `vite preview` maps `/x` to `x.html` but not to `x/index.html`, and would
 * answer `/events/<id>` with the home page's HTML (and title). Static hosts
 * serve the folder's index.html; this gives preview the same behaviour.
 *
 * Returns the URL to serve instead, or undefined to leave the request alone.
 */
export function directoryIndexUrl(
  url: string,
  base: string,
  fileExists: (relativePath: string) => boolean,
): string | undefined {
  const queryAt = url.search(/[?#]/);
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const rest = queryAt === -1 ? '' : url.slice(queryAt);
  if (!pathname.startsWith(base) || pathname.endsWith('/')) return undefined;
  // A last segment with a dot is a file (an asset, a shard, 404.html).
  if (/\.[^/]*$/.test(pathname)) return undefined;

  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  // Never let a crafted path look outside the build folder.
  if (relative.split('/').some((segment) => segment === '..') || relative.includes('\\')) {
    return undefined;
  }
  return fileExists(`${relative}/index.html`) ? `${pathname}/index.html${rest}` : undefined;
}
