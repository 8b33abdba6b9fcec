let appRoot: string | undefined;

/**
 * The absolute address of an in-app path, under the base path the app is
 * served from, for print (paper cannot follow a link). In-app paths are
 * already encoded, so joining them to the app's root is the same as
 * resolving them, without parsing a URL for each of hundreds of claims.
 */
export function printUrlOf(href: string, root = appRootUrl()): string {
  return root + href.replace(/^\//, '');
}

function appRootUrl(): string {
  appRoot ??= new URL(import.meta.env.BASE_URL, window.location.origin).href;
  return appRoot;
}
