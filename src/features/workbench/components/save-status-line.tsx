import { useTranslation } from '@/lib/use-translation';
import type { SaveStatus } from '../hooks/use-autosave';

/** Whether the draft on screen is stored: said quietly when it is, plainly when it is not. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'failed') {
    return (
      <p role="alert" className="font-semibold text-red-800">
        {t('workbench.editor.saveFailed', { reason: status.reason })}
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-stone-700">
      {status.kind === 'saving' ? t('workbench.editor.saving') : t('workbench.editor.saved')}
    </p>
  );
}
