import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import type { DraftCheck } from '../utils/check-draft';
import { problemsOfFile } from '../utils/file-problems';
import { sortedPaths, WORKBENCH_FOLDER, type DraftFiles } from '../utils/draft-files';
import { DraftFileEditor } from './draft-file-editor';

/**
 * The files the export will write, each JSON file with its count of problems and a way to edit
 * it as text. Source texts are not edited here: they stay byte for byte as received.
 */
export function DraftFilesList({
  files,
  check,
}: {
  files: DraftFiles;
  check: DraftCheck | undefined;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | undefined>();
  return (
    <section aria-labelledby="workbench-files-title" className="mt-8">
      <h2 id="workbench-files-title" className="text-lg font-semibold">
        {t('workbench.editor.filesHeading')}
      </h2>
      <p className="text-sm text-stone-700">{t('workbench.editor.filesIntro')}</p>
      <ul className="mt-2 grid gap-1 text-sm">
        {sortedPaths(files).map((path) => {
          const editable = path.endsWith('.json') && !path.startsWith(WORKBENCH_FOLDER);
          const problems = problemsOfFile(check, path).length;
          return (
            <li key={path}>
              <div className="flex flex-wrap items-center gap-x-3">
                <bdi dir="ltr" className="font-mono break-all">
                  {path}
                </bdi>
                {problems > 0 ? (
                  <span className="font-semibold text-red-800">
                    {t('workbench.fileEditor.problemCount', { count: problems })}
                  </span>
                ) : null}
                {editable && editing !== path ? (
                  <Button
                    variant="quiet"
                    size="inline"
                    aria-label={t('workbench.fileEditor.editLabel', { file: path })}
                    onClick={() => {
                      setEditing(path);
                    }}
                  >
                    {t('workbench.fileEditor.edit')}
                  </Button>
                ) : null}
              </div>
              {editing === path ? (
                <DraftFileEditor
                  path={path}
                  check={check}
                  onClose={() => {
                    setEditing(undefined);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
