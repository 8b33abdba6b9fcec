import { useTranslation } from '@/lib/use-translation';
import { NEW_CHOICE } from '../utils/claim-form-state';
import type { ClaimFieldsProps } from './claim-party-fields';
import { SelectField } from './select-field';
import { claimTextFields } from './claim-text-field';

/** Which event and which of its questions the claim answers: the draft's, or new ones titled neutrally. */
export function ClaimEventFields({ form, catalog, set, problem }: ClaimFieldsProps) {
  const { t } = useTranslation();
  const event = catalog.events.find((item) => item.id === form.event);
  const text = claimTextFields({ form, set, problem });
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-300 p-3">
      <legend className="px-1 font-medium">{t('workbench.claim.event')}</legend>
      <SelectField
        label={t('workbench.claim.event')}
        value={form.event}
        onChange={(value) => {
          set('event')(value);
          const picked = catalog.events.find((item) => item.id === value);
          set('question')(picked?.questions[0]?.id ?? NEW_CHOICE);
          set('scope')(picked?.scopes[0]?.id ?? NEW_CHOICE);
        }}
        options={[
          ...catalog.events.map((item) => ({
            value: item.id,
            label: `${item.title.en} · ${item.title.ar}`,
          })),
          { value: NEW_CHOICE, label: t('workbench.claim.newEvent') },
        ]}
      />
      {event ? null : (
        <div className="grid gap-3 sm:grid-cols-2">
          {text(
            'eventTitleAr',
            t('workbench.claim.eventTitleAr'),
            'ar',
            t('workbench.claim.eventTitleHint'),
          )}
          {text(
            'eventTitleEn',
            t('workbench.claim.eventTitleEn'),
            'en',
            t('workbench.claim.eventTitleHint'),
          )}
          {text('eventSummaryAr', t('workbench.claim.eventSummaryAr'), 'ar')}
          {text('eventSummaryEn', t('workbench.claim.eventSummaryEn'), 'en')}
        </div>
      )}
      <SelectField
        label={t('workbench.claim.question')}
        value={
          event?.questions.some((item) => item.id === form.question) ? form.question : NEW_CHOICE
        }
        onChange={set('question')}
        options={[
          ...(event?.questions ?? []).map((item) => ({
            value: item.id,
            label: `${item.label.en} · ${item.label.ar}`,
          })),
          { value: NEW_CHOICE, label: t('workbench.claim.newQuestion') },
        ]}
      />
      {event?.questions.some((item) => item.id === form.question) ? null : (
        <div className="grid gap-3 sm:grid-cols-2">
          {text('questionAr', t('workbench.claim.questionAr'), 'ar')}
          {text('questionEn', t('workbench.claim.questionEn'), 'en')}
        </div>
      )}
    </fieldset>
  );
}
