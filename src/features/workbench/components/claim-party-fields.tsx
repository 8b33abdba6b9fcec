import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { actorKindSchema } from '@/corpus/registry-schemas';
import { NEW_CHOICE, type ClaimFormState } from '../utils/claim-form-state';
import type { DraftCatalog } from '../utils/draft-catalog';
import { findParties } from '../utils/find-parties';
import { SelectField } from './select-field';
import { claimTextFields } from './claim-text-field';
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
  const text = claimTextFields({ form, set, problem });
  const [search, setSearch] = useState('');
  const option = (actor: DraftCatalog['actors'][number]) => ({
    value: actor.id,
    label: `${actor.name.en} · ${actor.name.ar}`,
  });
  const parties = catalog.actors.map(option);
  const found = findParties(catalog.actors, search);
  // The party chosen stays listed whatever the search, so the select never shows another.
  const chosen = catalog.actors.find((actor) => actor.id === form.saidBy);
  const shown = chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  const chain = form.reportedBy.length === 0 ? [''] : form.reportedBy;
  // Links not chosen yet are kept as '' while the form is open; the claim never gets them.
  const setChain = set('reportedBy');
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-300 p-3">
      <legend className="px-1 font-medium">{t('workbench.claim.saidBy')}</legend>
      {catalog.actors.length > 0 ? (
        <TextField
          type="search"
          label={t('workbench.claim.findParty')}
          hint={
            search.trim() === ''
              ? t('workbench.claim.findPartyHint')
              : t('workbench.claim.partiesFound', { count: found.length })
          }
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
      ) : null}
      <SelectField
        label={t('workbench.claim.saidBy')}
        value={form.saidBy}
        error={problem('saidBy')}
        onChange={set('saidBy')}
        options={[
          { value: '', label: t('workbench.claim.choose') },
          ...shown.map(option),
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
          {catalog.actors.length > 0 ? (
            <SelectField
              label={t('workbench.claim.memberOf')}
              hint={t('workbench.claim.memberOfHint')}
              value={form.memberOf}
              onChange={set('memberOf')}
              options={[{ value: '', label: t('workbench.claim.noUmbrella') }, ...parties]}
            />
          ) : null}
          {form.side === NEW_CHOICE ? (
            <>
              {text('sideAr', t('workbench.claim.sideLabelAr'), 'ar')}
              {text('sideEn', t('workbench.claim.sideLabelEn'), 'en')}
            </>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-2">
        {chain.map((outlet, index) => (
          <div key={index} className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <SelectField
                label={
                  index === 0
                    ? t('workbench.claim.reportedBy')
                    : t('workbench.claim.thenReportedBy', { n: index + 1 })
                }
                hint={index === 0 ? t('workbench.claim.reportedByHint') : undefined}
                value={outlet}
                onChange={(value) => {
                  setChain(chain.map((other, at) => (at === index ? value : other)));
                }}
                options={[
                  {
                    value: '',
                    label:
                      chain.length === 1
                        ? t('workbench.claim.nobody')
                        : t('workbench.claim.choose'),
                  },
                  ...parties,
                ]}
              />
            </div>
            {chain.length > 1 ? (
              <Button
                aria-label={t('workbench.claim.removeOutlet', { n: index + 1 })}
                onClick={() => {
                  setChain(chain.filter((_, at) => at !== index));
                }}
              >
                {t('workbench.claim.remove')}
              </Button>
            ) : null}
          </div>
        ))}
        <div>
          <Button
            size="sm"
            onClick={() => {
              setChain(['', ...chain]);
            }}
          >
            {t('workbench.claim.addOutlet')}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
