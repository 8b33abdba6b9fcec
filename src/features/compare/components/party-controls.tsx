import { useEffect, useId, useRef, useState } from 'react';
import { PointerMark } from '@/components/ui/pointer-mark';
import { useTranslation } from '@/lib/use-translation';
import { moveParty, toggleParty } from '../utils/party-order-change';
import { PartyControlRow } from './party-control-row';
import { Button } from '@/components/ui/button';

interface PartyControlsProps {
  shown: readonly string[];
  hidden: readonly string[];
  isDefault: boolean;
  nameOf: (actorId: string) => string;
  contextOf: (actorId: string) => string;
  /** The new visible columns in order; undefined restores the default. */
  onChange: (shown: string[] | undefined) => void;
}

/**
 * Which parties are on screen and in what order, with buttons rather than
 * dragging so keyboard and screen-reader users can do everything. Each change
 * is announced, and focus stays on the control that made it.
 */
export function PartyControls({
  shown,
  hidden,
  isDefault,
  nameOf,
  contextOf,
  onChange,
}: PartyControlsProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | undefined>(undefined);

  useEffect(() => {
    const id = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (id) document.getElementById(id)?.focus();
  });

  const move = (actorId: string, delta: -1 | 1) => {
    const next = moveParty(shown, actorId, delta);
    const position = next.indexOf(actorId);
    // At an end the pressed button is disabled, so focus its twin.
    const atEdge = delta === -1 ? position === 0 : position === next.length - 1;
    const direction = (delta === -1) !== atEdge ? 'earlier' : 'later';
    focusAfterRender.current = `party-move-${actorId}-${direction}`;
    setAnnouncement(
      t('compare.parties.moved', {
        name: nameOf(actorId),
        position: position + 1,
        count: next.length,
      }),
    );
    onChange(next);
  };

  const toggle = (actorId: string) => {
    const wasShown = shown.includes(actorId);
    setAnnouncement(
      t(wasShown ? 'compare.parties.hidden' : 'compare.parties.shown', {
        name: nameOf(actorId),
      }),
    );
    onChange(toggleParty(shown, actorId));
  };

  return (
    <div className="relative">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => {
            setOpen((value) => !value);
          }}
        >
          <span>{t('compare.parties.toggle')}</span>
          <span className="text-stone-600">
            {t('compare.parties.summary', {
              shown: shown.length,
              count: shown.length + hidden.length,
            })}
          </span>
          <PointerMark shape="triangle-down" className={open ? 'rotate-180' : ''} />
        </Button>
        {isDefault ? null : (
          <Button
            variant="quiet"
            aria-label={t('compare.parties.showAllLabel')}
            onClick={() => {
              setAnnouncement(t('compare.parties.reset'));
              onChange(undefined);
            }}
          >
            {t('compare.parties.showAll')}
          </Button>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div
        id={panelId}
        hidden={!open}
        className="mt-2 w-full max-w-md rounded-md border border-stone-300 bg-white p-3 shadow-sm"
      >
        {/* Rows only while open: a dozen parties' controls cost the comparison's first frame. */}
        {open ? (
          <fieldset>
            <legend className="text-sm font-semibold text-stone-900">
              {t('compare.parties.legend')}
            </legend>
            <p className="mt-1 text-xs text-stone-600">{t('compare.parties.hint')}</p>
            <ul className="mt-2 divide-y divide-stone-100">
              {[...shown, ...hidden].map((actorId) => {
                const position = shown.indexOf(actorId);
                return (
                  <PartyControlRow
                    key={actorId}
                    actorId={actorId}
                    name={nameOf(actorId)}
                    context={contextOf(actorId)}
                    position={position < 0 ? undefined : position}
                    shownCount={shown.length}
                    onToggle={() => {
                      toggle(actorId);
                    }}
                    onMove={(delta) => {
                      move(actorId, delta);
                    }}
                  />
                );
              })}
            </ul>
            {shown.length === 1 ? (
              <p id="party-last-shown" className="mt-2 text-xs text-stone-600">
                {t('compare.parties.lastShown')}
              </p>
            ) : null}
          </fieldset>
        ) : null}
      </div>
    </div>
  );
}
