import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { normalizeText } from '@/corpus/compiler/text-normalize';
import { boilerplateKindSchema, type BoilerplateKind } from '@/corpus/source-schema';
import { Button } from '@/components/ui/button';
import { useDraftStore } from '../hooks/draft-store';
import { draftCatalog } from '../utils/draft-catalog';
import { markBoilerplate } from '../utils/mark-boilerplate';
import { newDraftId } from '../utils/new-draft-id';
import { addPendingClaims, type PendingClaim } from '../utils/pending-claims';
import { quoteFromSelection, type SelectedQuote } from '../utils/quote-from-selection';
import { textOffsetOfShown } from '../utils/text-area-offset';
import { SelectField } from './select-field';
import { fieldClass } from './text-field';

/**
 * Keeps a text area's words as they are without making it read-only: Chromium moves no caret in
 * a read-only text area, so Shift and the arrows could not select in it. Every edit the browser
 * announces (typing, deleting, pasting, dropping) is refused before it happens.
 */
function refuseEdits(area: HTMLTextAreaElement | null) {
  if (!area) return;
  const refuse = (event: Event) => {
    event.preventDefault();
  };
  area.addEventListener('beforeinput', refuse);
  return () => {
    area.removeEventListener('beforeinput', refuse);
  };
}

/**
 * One source's text to select from: a text area that refuses edits, so the words are selected the same
 * way with a mouse, a finger or the keyboard (Shift and the arrows), right to left in Arabic,
 * and the selection is offsets in the text itself. The selected words become a pending claim,
 * kept with the draft, that the claim form completes.
 */
export function SourceReader({ onClaim }: { onClaim: (pending: PendingClaim) => void }) {
  const { t } = useTranslation();
  const ids = { source: useId(), text: useId(), hint: useId() };
  const files = useDraftStore((state) => state.files);
  const edit = useDraftStore((state) => state.edit);
  const sources = useMemo(() => draftCatalog(files).sources, [files]);
  const [chosen, setChosen] = useState<string | undefined>();
  const [selected, setSelected] = useState<SelectedQuote | undefined>();
  const [furnitureKind, setFurnitureKind] = useState<BoilerplateKind>('share-buttons');
  const [furnitureNote, setFurnitureNote] = useState<string | undefined>();
  const source = sources.find((item) => item.id === chosen) ?? sources.at(-1);
  const text = source ? (files[`sources/${source.id}.txt`] ?? '') : '';
  // Normalised once per text, not on every key or click that moves the selection.
  const normalized = useMemo(() => normalizeText(text), [text]);

  if (!source) {
    return (
      <section aria-labelledby={`${ids.source}-heading`} className="mt-8">
        <h2 id={`${ids.source}-heading`} className="text-lg font-semibold">
          {t('workbench.reader.heading')}
        </h2>
        <p className="mt-2 text-stone-700">{t('workbench.reader.noSources')}</p>
      </section>
    );
  }

  function readSelection(area: HTMLTextAreaElement) {
    setSelected(
      area.selectionStart === area.selectionEnd
        ? undefined
        : quoteFromSelection(
            text,
            textOffsetOfShown(text, area.selectionStart),
            textOffsetOfShown(text, area.selectionEnd),
            normalized,
          ),
    );
  }

  function markFurniture() {
    if (!source || !selected?.ok) return;
    const marked = markBoilerplate(files, {
      source: source.id,
      text: selected.quote,
      ...(selected.occurrence === undefined ? {} : { occurrence: selected.occurrence }),
      kind: furnitureKind,
    });
    if (marked === undefined) {
      setFurnitureNote(
        t('workbench.reader.furnitureFailed', { file: `sources/${source.id}.json` }),
      );
      return;
    }
    edit(() => marked);
    setFurnitureNote(t('workbench.reader.furnitureMarked', { words: selected.quote }));
  }

  function makeClaim() {
    if (!source || !selected?.ok) return;
    const pending: PendingClaim = {
      id: newDraftId(),
      source: source.id,
      quote: selected.quote,
      ...(selected.occurrence === undefined ? {} : { occurrence: selected.occurrence }),
    };
    edit((current) => addPendingClaims(current, [pending]));
    setSelected(undefined);
    onClaim(pending);
  }

  const rtl = source.language === 'ar';
  return (
    <section aria-labelledby={`${ids.source}-heading`} className="mt-8">
      <h2 id={`${ids.source}-heading`} className="text-lg font-semibold">
        {t('workbench.reader.heading')}
      </h2>
      {sources.length > 1 ? (
        <div className="mt-2 max-w-xl">
          <label htmlFor={ids.source} className="font-medium">
            {t('workbench.reader.source')}
          </label>
          <select
            id={ids.source}
            className={fieldClass}
            value={source.id}
            onChange={(event) => {
              setChosen(event.target.value);
              setSelected(undefined);
            }}
          >
            {sources.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label htmlFor={ids.text} className="mt-3 block font-medium">
        {t('workbench.reader.textLabel', { title: source.title })}
      </label>
      <p id={ids.hint} className="text-sm text-stone-700">
        {t('workbench.reader.hint')}
      </p>
      <textarea
        ref={refuseEdits}
        id={ids.text}
        aria-readonly="true"
        value={text}
        // The text never changes here: a change that got past refuseEdits is undone by React.
        onChange={() => undefined}
        onPaste={(event) => {
          event.preventDefault();
        }}
        onCut={(event) => {
          event.preventDefault();
        }}
        onDrop={(event) => {
          event.preventDefault();
        }}
        rows={14}
        lang={source.language}
        dir={rtl ? 'rtl' : 'ltr'}
        aria-describedby={ids.hint}
        className={`${fieldClass} resize-y leading-relaxed`}
        onSelect={(event) => {
          readSelection(event.currentTarget);
        }}
        onKeyUp={(event) => {
          readSelection(event.currentTarget);
        }}
        onPointerUp={(event) => {
          readSelection(event.currentTarget);
        }}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button disabled={!selected?.ok} onClick={makeClaim}>
          {t('workbench.reader.make')}
        </Button>
        <p
          aria-live="polite"
          className="min-w-48 flex-1 text-sm text-stone-800 [overflow-wrap:anywhere]"
        >
          {selected === undefined ? (
            t('workbench.reader.nothingSelected')
          ) : selected.ok ? (
            <>
              {t('workbench.reader.selected')}
              <q lang={source.language} dir="auto" className="font-semibold">
                {selected.quote}
              </q>
            </>
          ) : selected.reason === 'too-repeated' ? (
            t('workbench.reader.tooRepeated')
          ) : (
            t('workbench.reader.nothingSelected')
          )}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <SelectField
            label={t('workbench.reader.furnitureKind')}
            value={furnitureKind}
            onChange={(value) => {
              setFurnitureKind(boilerplateKindSchema.parse(value));
            }}
            options={boilerplateKindSchema.options.map((kind) => ({
              value: kind,
              label: t(`workbench.reader.furnitureKinds.${kind}`),
            }))}
          />
        </div>
        <Button disabled={!selected?.ok} onClick={markFurniture}>
          {t('workbench.reader.markFurniture')}
        </Button>
        <p
          aria-live="polite"
          className="min-w-48 flex-1 text-sm text-stone-800 [overflow-wrap:anywhere]"
        >
          {furnitureNote ?? t('workbench.reader.furnitureHint')}
        </p>
      </div>
    </section>
  );
}
