const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A zod issue path as the JSON path an editor can follow: `$.claims[0].quote`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${JSON.stringify(key.description ?? '')}]`;
    else if (identifier.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
