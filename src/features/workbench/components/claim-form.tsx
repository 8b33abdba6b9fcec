import { useEffect, useId, useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { stanceSchema, wordingSchema } from '@/corpus/event-schema';
import { fuzzyDateSchema } from '@/corpus/primitives';
import { Button } from '@/components/ui/button';
import { useDraftStore } from '../hooks/draft-store';
import { addClaim } from '../utils/add-claim';
import {
  claimFormProblems,
  initialClaimForm,
  type ClaimFormProblems,
  type ClaimFormState,
} from '../utils/claim-form-state';
import { claimInputFrom } from '../utils/claim-input-from';
import { forgetClaimForm, keepClaimForm, restoredClaimForm } from '../utils/claim-form-storage';
import { draftCatalog } from '../utils/draft-catalog';
import { suggestFigures } from '../utils/suggest-figures';
import { readSaidOn } from '../utils/relative-date';
import type { PendingClaim } from '../utils/pending-claims';
import { ClaimEventFields } from './claim-event-fields';
import { ClaimFigureFields } from './claim-figure-fields';
import { ClaimPartyFields } from './claim-party-fields';
import { claimTextFields } from './claim-text-field';
import { DateSuggestions } from './date-suggestions';
import { SelectField } from './select-field';
import { SourceDateFields } from './source-date-fields';

/**
 * Completes a pending claim: who said the words, on which event and question, with what stance,
 * how the words reached us, their translation and when they were said. Writes it into the draft
 * in one edit (one undo), with any new party, side, event or question.
 */
export function ClaimForm({
  pending,
  onDone,
  onCancel,
}: {
  pending: PendingClaim;
  onDone: (eventId: string, eventTitle: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ar' ? 'ar' : 'en';
  const headingId = useId();
  const files = useDraftStore((state) => state.files);
  const edit = useDraftStore((state) => state.edit);
  const catalog = useMemo(() => draftCatalog(files), [files]);
  const draftId = useDraftStore((state) => state.record?.id ?? '');
  const [form, setForm] = useState<ClaimFormState>(() => {
    const read = suggestFigures(pending.quote).map((figure) => JSON.stringify(figure));
    return restoredClaimForm(draftId, pending.id, initialClaimForm(catalog, pending), {
      figures: (figure) => read.includes(JSON.stringify(figure)),
    });
  });
  useEffect(() => {
    keepClaimForm(draftId, pending.id, form);
  }, [draftId, pending.id, form]);
  const [problems, setProblems] = useState<ClaimFormProblems>({});
  const [writeError, setWriteError] = useState<string | undefined>();
  const source = catalog.sources.find((item) => item.id === pending.source);
  const quoteLanguage = source?.language ?? 'ar';
  // Read once per quote and publication date, not on every keystroke in the form.
  const published = source?.published;
  const dateReading = useMemo(() => {
    const date = fuzzyDateSchema.safeParse(published);
    return date.success ? readSaidOn(pending.quote, date.data) : undefined;
  }, [published, pending.quote]);
  const set =
    <K extends keyof ClaimFormState>(key: K) =>
    (value: ClaimFormState[K]) => {
      setForm((previous) => ({ ...previous, [key]: value }));
    };
  const problem = (field: keyof ClaimFormState) => {
    const found = problems[field];
    return found ? t(`workbench.claim.${found}`) : undefined;
  };
  const text = claimTextFields({ form, set, problem });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const found = claimFormProblems(form, catalog, quoteLanguage);
    setProblems(found);
    setWriteError(undefined);
    if (Object.keys(found).length > 0) return;
    const input = claimInputFrom(form, catalog, pending);
    const result = addClaim(files, input);
    if (!result.ok) {
      setWriteError(
        result.reason === 'exists'
          ? t('workbench.claim.fileExists', { file: result.file })
          : t('workbench.claim.fileBroken', { file: result.file }),
      );
      return;
    }
    edit(() => result.files);
    forgetClaimForm(draftId, pending.id);
    const title =
      'new' in input.event
        ? input.event.new.title[language]
        : (catalog.events.find((item) => item.id === result.eventId)?.title[language] ?? '');
    onDone(result.eventId, title);
  }

  return (
    <section
      aria-labelledby={headingId}
      className="mt-8 rounded-md border border-teal-700 bg-white p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {t('workbench.claim.heading')}
      </h2>
      <form className="mt-3 grid gap-4" noValidate onSubmit={submit}>
        <figure>
          <figcaption className="font-medium">{t('workbench.claim.quote')}</figcaption>
          <blockquote
            lang={quoteLanguage}
            dir="auto"
            className="mt-1 border-s-4 border-teal-700 bg-stone-50 px-3 py-2 text-lg [overflow-wrap:anywhere]"
          >
            {pending.quote}
          </blockquote>
          <p className="mt-1 text-sm text-stone-700">
            {source?.title ?? pending.source}
            {pending.occurrence === undefined
              ? null
              : ` · ${t('workbench.claim.occurrence', { n: pending.occurrence })}`}
          </p>
        </figure>
        <ClaimPartyFields form={form} catalog={catalog} set={set} problem={problem} />
        <ClaimEventFields form={form} catalog={catalog} set={set} problem={problem} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t('workbench.claim.stance')}
            value={form.stance}
            onChange={(value) => {
              set('stance')(stanceSchema.parse(value));
            }}
            options={stanceSchema.options.map((stance) => ({
              value: stance,
              label: t(`stance.${stance}`),
            }))}
          />
          <SelectField
            label={t('workbench.claim.wording')}
            value={form.wording}
            onChange={(value) => {
              set('wording')(wordingSchema.parse(value));
            }}
            options={wordingSchema.options.map((wording) => ({
              value: wording,
              label: t(`workbench.claim.wordings.${wording}`),
            }))}
          />
        </div>
        <ClaimFigureFields
          quote={pending.quote}
          form={form}
          catalog={catalog}
          set={set}
          problem={problem}
        />
        {text(
          'translation',
          t('workbench.claim.translation'),
          'en',
          t('workbench.claim.translationHint'),
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {text('gistEn', t('workbench.claim.gistEn'), 'en', t('workbench.claim.gistHint'), 60)}
          {text('gistAr', t('workbench.claim.gistAr'), 'ar', t('workbench.claim.gistHint'), 60)}
        </div>
        {dateReading ? (
          <DateSuggestions
            reading={dateReading}
            onChoose={(date) => {
              set('saidOn')({
                value: date.value,
                precision: date.precision,
                basis: date.basis,
                note: date.note ?? '',
              });
            }}
          />
        ) : null}
        <SourceDateFields
          legend={t('workbench.claim.saidOn')}
          value={form.saidOn}
          error={problem('saidOn')}
          onChange={set('saidOn')}
        />
        {writeError ? (
          <p role="alert" className="font-semibold text-red-800">
            {writeError}
          </p>
        ) : null}
        {Object.keys(problems).length > 0 ? (
          <p role="alert" className="font-semibold text-red-800">
            {t('workbench.claim.fixFields', { count: Object.keys(problems).length })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="primary">
            {t('workbench.claim.submit')}
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              forgetClaimForm(draftId, pending.id);
              onCancel();
            }}
          >
            {t('workbench.claim.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
