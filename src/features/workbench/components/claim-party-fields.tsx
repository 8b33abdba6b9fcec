import { useTranslation } from '@/lib/use-translation';
import { actorKindSchema } from '@/corpus/registry-schemas';
import { NEW_CHOICE, type ClaimFormState } from '../utils/claim-form-state';
import type { DraftCatalog } from '../utils/draft-catalog';
import { SelectField } from './select-field';
import { TextField } from './text-field';

export interface ClaimFieldsProps {
  form: ClaimFormState;
  catalog: DraftCatalog;
  set: <K extends keyof ClaimFormState>(key: K) => (value: ClaimFormState[K]) => void;
  problem: (field: keyof ClaimFormState) => string | undefined;
}

/** Who said the words (one of the draft's parties, named in both languages, or a new one) and who carried them. */
export function ClaimPartyFields({ form, catalog, set, problem }: ClaimFieldsProps) {
  const { t } = useTranslation();
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
          <TextField
            label={t('workbench.claim.partyNameAr')}
            lang="ar"
            dir="rtl"
            error={problem('partyNameAr')}
            value={form.partyNameAr}
            onChange={(event) => {
              set('partyNameAr')(event.target.value);
            }}
          />
          <TextField
            label={t('workbench.claim.partyNameEn')}
            lang="en"
            dir="ltr"
            error={problem('partyNameEn')}
            value={form.partyNameEn}
            onChange={(event) => {
              set('partyNameEn')(event.target.value);
            }}
          />
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
              <TextField
                label={t('workbench.claim.sideLabelAr')}
                lang="ar"
                dir="rtl"
                error={problem('sideAr')}
                value={form.sideAr}
                onChange={(event) => {
                  set('sideAr')(event.target.value);
                }}
              />
              <TextField
                label={t('workbench.claim.sideLabelEn')}
                lang="en"
                dir="ltr"
                error={problem('sideEn')}
                value={form.sideEn}
                onChange={(event) => {
                  set('sideEn')(event.target.value);
                }}
              />
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
