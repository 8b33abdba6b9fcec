import { useTranslation } from '@/lib/use-translation';
import { actorKindSchema } from '@/corpus/registry-schemas';
import { NEW_CHOICE, type ClaimFormState } from '../utils/claim-form-state';
import type { DraftCatalog } from '../utils/draft-catalog';
import { SelectField } from './select-field';
import { claimTextFields } from './claim-text-field';

export interface ClaimFieldsProps {
  form: ClaimFormState;
  catalog: DraftCatalog;
  set: <K extends keyof ClaimFormState>(key: K) => (value: ClaimFormState[K]) => void;
  problem: (field: keyof ClaimFormState) => string | undefined;
}

/** Who said the words (one of the draft's parties, named in both languages, or a new one) and who carried them. */
export function ClaimPartyFields({ form, catalog, set, problem }: ClaimFieldsProps) {
  const { t } = useTranslation();
  const text = claimTextFields({ form, set, problem });
  const parties = catalog.actors.map((actor) => ({
    value: actor.id,
    label: `${actor.name.en} · ${actor.name.ar}`,
  }));
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-300 p-3">
      <legend className="px-1 font-medium">{t('workbench.claim.saidBy')}</legend>
      <SelectField
        label={t('workbench.claim.saidBy')}
        value={form.saidBy}
        error={problem('saidBy')}
        onChange={set('saidBy')}
        options={[
          { value: '', label: t('workbench.claim.choose') },
          ...parties,
          { value: NEW_CHOICE, label: t('workbench.claim.newParty') },
        ]}
      />
      {form.saidBy === NEW_CHOICE ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {text('partyNameAr', t('workbench.claim.partyNameAr'), 'ar')}
          {text('partyNameEn', t('workbench.claim.partyNameEn'), 'en')}
          <SelectField
            label={t('workbench.claim.kind')}
            value={form.kind}
            onChange={(value) => {
              set('kind')(actorKindSchema.parse(value));
            }}
            options={actorKindSchema.options.map((kind) => ({
              value: kind,
              label: t(`workbench.claim.kinds.${kind}`),
            }))}
          />
          <SelectField
            label={t('workbench.claim.side')}
            value={form.side}
            onChange={set('side')}
            options={[
              ...catalog.sides.map((side) => ({
                value: side.id,
                label: `${side.label.en} · ${side.label.ar}`,
              })),
              { value: NEW_CHOICE, label: t('workbench.claim.newSide') },
            ]}
          />
          {form.side === NEW_CHOICE ? (
            <>
              {text('sideAr', t('workbench.claim.sideLabelAr'), 'ar')}
              {text('sideEn', t('workbench.claim.sideLabelEn'), 'en')}
            </>
          ) : null}
        </div>
      ) : null}
      <SelectField
        label={t('workbench.claim.reportedBy')}
        hint={t('workbench.claim.reportedByHint')}
        value={form.reportedBy}
        onChange={set('reportedBy')}
        options={[{ value: '', label: t('workbench.claim.nobody') }, ...parties]}
      />
    </fieldset>
  );
}
