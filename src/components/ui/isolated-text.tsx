import { isolatedRuns, type IsolatedRun } from '@/lib/bidi-isolate';

function Runs({ runs }: { runs: readonly IsolatedRun[] }) {
  return runs.map((run, position) =>
    typeof run === 'string' ? (
      run
    ) : (
      // Runs never reorder: their position is their identity.
      <bdi key={position}>
        <Runs runs={run.isolated} />
      </bdi>
    ),
  );
}

/**
 * A translated message whose values were marked with `isolate`: each marked
 * value becomes a <bdi>, so it is isolated on screen while the text a reader
 * copies carries no invisible marks.
 */
export function IsolatedText({ text }: { text: string }) {
  return <Runs runs={isolatedRuns(text)} />;
}
