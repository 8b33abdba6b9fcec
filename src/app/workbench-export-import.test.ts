import { describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { validateUpload } from '@/features/corpora/utils/validate-upload';
import { draftFilesFromCompiled } from '@/features/workbench/utils/draft-from-compiled';
import { WORKBENCH_FOLDER } from '@/features/workbench/utils/draft-files';
import { draftZipFile } from '@/features/workbench/utils/draft-zip';

// The bundled corpus's files as committed, read by Vite.
const committed = import.meta.glob<string>(
  ['../../data/*.json', '../../data/events/*.json', '../../data/sources/*'],
  { query: '?raw', import: 'default', eager: true },
);

/**
 * "Open in Riwaya" hands the workbench's zip to the Corpora page's import, composed in the
 * workbench route: the zip must pass that pipeline (bounds, unpacking, the compiler) whole.
 */
describe('a workbench export imported as a corpus', () => {
  it('passes the Corpora import with every event, source and claim of the draft', async () => {
    const compiled = compileCorpus(
      Object.entries(committed).map(([path, text]) => ({
        path: path.replace(/^(\.\.\/)+/, ''),
        text,
      })),
    );
    if (!compiled.ok) throw new Error('the bundled corpus does not compile');
    const draft = {
      ...draftFilesFromCompiled({
        index: compiled.index,
        events: compiled.eventShards.map((shard) => shard.data),
        sources: compiled.sourceShards.map((shard) => shard.data),
      }),
      [`${WORKBENCH_FOLDER}pending-claims.json`]: '[]\n',
    };
    const file = draftZipFile(draft, 'A copy');
    const result = validateUpload(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
    const claims = compiled.index.events.reduce((sum, event) => sum + event.claimCount, 0);
    expect(result.corpus).toEqual({
      id: compiled.index.corpus.id,
      title: compiled.index.corpus.title,
      fileCount: Object.keys(draft).length - 1,
      eventCount: compiled.index.events.length,
      sourceCount: compiled.index.sourceCount,
      claimCount: claims,
    });
  });
});
