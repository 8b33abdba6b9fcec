import importWorker from '@/features/corpora/worker/validate-corpus.worker?worker&url';
import draftCheckWorker from '@/features/workbench/worker/check-draft.worker?worker&url';

/**
 * Every Web Worker the app starts, by its built file: the corpus import's validation and the
 * workbench's check of a draft. Under the production CSP the Trusted Types policy for workers
 * vouches for these URLs and no other (src/lib/worker-script-url.ts).
 */
export const appWorkerScripts: readonly string[] = [importWorker, draftCheckWorker];
