import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';

interface ShowResultsBarProps {
  /** The events the filters leave, live. */
  shown: number;
  onShow: () => void;
}

/**
 * On a phone the open panel is taller than the screen: this bar stays at the bottom of it,
 * says how many events the filters leave, and closes the panel onto them. Wider screens show
 * panel and list side by side and never need it.
 */
export function ShowResultsBar({ shown, onShow }: ShowResultsBarProps) {
  const { t } = useTranslation();
  return (
    <div className="sticky bottom-0 -mx-4 -mb-4 border-t border-stone-300 bg-white/95 p-3 md:hidden">
      <Button variant="primary" size="md" onClick={onShow} className="w-full">
        {t('eventFilters.showResults', { count: shown })}
      </Button>
    </div>
  );
}
