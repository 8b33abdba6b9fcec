import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { useShownValue } from '@/lib/use-shown-value';

interface PartyControlRowProps {
  actorId: string;
  name: string;
  context: string;
  /** Column position (0-based) when shown, undefined when hidden. */
  position: number | undefined;
  shownCount: number;
  onToggle: () => void;
  onMove: (delta: -1 | 1) => void;
}

/** One party: a checkbox to show or hide its column, and buttons to move it. */
export function PartyControlRow({
  actorId,
  name,
  context,
  position,
  shownCount,
  onToggle,
  onMove,
}: PartyControlRowProps) {
  const { t } = useTranslation();
  const shown = position !== undefined;
  // Hiding the last column would leave nothing to compare.
  const locked = shown && shownCount === 1;
  // The column follows the URL, which a busy phone may apply late: the box answers the click now.
  const [checked, setChecked] = useShownValue(shown);
  return (
    <li data-party-control={actorId} className="flex items-center gap-2 py-1.5">
      <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-2">
        <input
          type="checkbox"
          checked={checked}
          disabled={locked}
          aria-describedby={locked ? 'party-last-shown' : undefined}
          onChange={() => {
            setChecked(!checked);
            onToggle();
          }}
          className="mt-1 size-4 accent-teal-800"
        />
        <span className="min-w-0">
          <bdi className="block text-sm font-medium text-stone-900">{name}</bdi>
          {context ? <bdi className="block text-xs text-stone-600">{context}</bdi> : null}
        </span>
      </label>
      {shown ? (
        <span className="flex shrink-0 gap-1">
          <Button
            id={`party-move-${actorId}-earlier`}
            size="icon"
            disabled={position === 0}
            aria-label={t('compare.parties.moveEarlier', { name })}
            onClick={() => {
              onMove(-1);
            }}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            id={`party-move-${actorId}-later`}
            size="icon"
            disabled={position === shownCount - 1}
            aria-label={t('compare.parties.moveLater', { name })}
            onClick={() => {
              onMove(1);
            }}
          >
            <span aria-hidden="true">↓</span>
          </Button>
        </span>
      ) : null}
    </li>
  );
}
