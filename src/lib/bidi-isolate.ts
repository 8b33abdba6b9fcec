const FSI = '\u2068';
const PDI = '\u2069';
// Isolate controls inside the text would close (or open) ours early.
const isolateControls = /[\u2066-\u2069]/g;

/**
 * Marks a run of text that came from outside the sentence (an id, a query, a
 * name) as a bidi isolate, so a Latin id's hyphens or a query's punctuation
 * cannot reorder the Arabic (or English) sentence around it. Use it for
 * every such value passed to `t`; render the result with <IsolatedText>,
 * which turns the marks into <bdi> elements.
 */
export function isolate(text: string): string {
  return `${FSI}${text.replace(isolateControls, '')}${PDI}`;
}

export type IsolatedRun = string | { isolated: IsolatedRun[] };

/** The text cut at the marks `isolate` put in, nested as they nest. */
export function isolatedRuns(text: string): IsolatedRun[] {
  const root: IsolatedRun[] = [];
  const open: IsolatedRun[][] = [root];
  let plain = '';
  const flush = () => {
    if (plain !== '') open[open.length - 1]?.push(plain);
    plain = '';
  };
  for (const character of text) {
    if (character === FSI) {
      flush();
      const inner: IsolatedRun[] = [];
      open[open.length - 1]?.push({ isolated: inner });
      open.push(inner);
    } else if (character === PDI) {
      flush();
      if (open.length > 1) open.pop();
    } else {
      plain += character;
    }
  }
  flush();
  return root;
}
