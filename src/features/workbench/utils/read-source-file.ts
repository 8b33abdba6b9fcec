import { htmlToText } from './html-to-text';
import { checkSourceFile, type SourceInputProblem } from './source-input';

/** A dropped or chosen file as a source text (HTML reduced to its words), or why it is not one. */
export async function readSourceFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; problem: SourceInputProblem }> {
  if (file.size > 0 && !/\.(txt|md|markdown|html?)$/i.test(file.name)) {
    return { ok: false, problem: { kind: 'file-type', name: file.name } };
  }
  const checked = checkSourceFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!checked.ok) return checked;
  return { ok: true, text: checked.format === 'html' ? htmlToText(checked.text) : checked.text };
}
