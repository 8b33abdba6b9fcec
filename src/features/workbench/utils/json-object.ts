/**
 * A draft file's JSON object, or undefined when the file is missing, does not parse (a file
 * mid-edit), or holds something other than an object: what the workbench's readers of a file
 * need, leaving it to the check to say why.
 */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
