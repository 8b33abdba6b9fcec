import type { ReactNode } from 'react';
import { usePreviewRenderer } from '../hooks/preview-renderer';
import type { NumberedCheck } from '../hooks/use-draft-check';
import type { DraftFiles } from '../utils/draft-files';
import { DraftPreviewPanel } from './draft-preview-panel';

/**
 * The editor and the live preview: side by side on a wide screen (the preview stays in view
 * while the editor scrolls), the preview below the editor on a narrow one.
 */
export function EditorWithPreview({
  check,
  files,
  children,
}: {
  check: NumberedCheck | undefined;
  files: DraftFiles;
  children: ReactNode;
}) {
  const renderPreview = usePreviewRenderer();
  if (!renderPreview) return <div>{children}</div>;
  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:items-start xl:gap-x-8">
      <div className="min-w-0">{children}</div>
      <div className="xl:sticky xl:top-4 xl:max-h-[calc(100dvh-2rem)] xl:overflow-y-auto xl:pe-1">
        <DraftPreviewPanel check={check} files={files} renderPreview={renderPreview} />
      </div>
    </div>
  );
}
