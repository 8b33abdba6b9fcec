import type { CorpusError } from '@/corpus/rules/corpus-error';
import type { LocalizedText } from '@/corpus/primitives';

/** What the compiler found out about a dropped file, as it travels back from the worker. */
export type ValidationResult =
  | {
      ok: true;
      corpus: {
        id: string;
        title: LocalizedText;
        fileCount: number;
        eventCount: number;
        sourceCount: number;
        claimCount: number;
      };
      /** index.json and every shard, as the JSON a host would serve. */
      files: { path: string; json: string }[];
    }
  /** `unlisted`: problems the compiler counted past its bound, not in `errors`. */
  | { ok: false; errors: CorpusError[]; unlisted?: number };

export type ValidationStage = 'reading' | 'checking';

/** Messages from the worker: where it is, then the one result. */
export type WorkerMessage =
  { type: 'stage'; stage: ValidationStage } | { type: 'result'; result: ValidationResult };
