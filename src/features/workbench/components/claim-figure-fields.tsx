import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { NEW_CHOICE } from '../utils/claim-form-state';
import { suggestFigures } from '../utils/suggest-figures';
import type { ClaimFieldsProps } from './claim-party-fields';
import { FigureSuggestions } from './figure-suggestions';
import { SelectField } from './select-field';
import { claimTextFields } from './claim-text-field';

/**
 * The figures the quote gives, read by the compiler's own extractor, and, once one is ticked,
 * what they count (a metric of the draft, or a new one with its unit) and where (a scope of the
 * event, or a new one): figures compare only within one metric and one scope.
 */
export function ClaimFigureFields({
  quote,
  form,
  catalog,
  set,
  problem,
}: ClaimFieldsProps & { quote: string }) {
  const { t } = useTranslation();
  const suggestions = useMemo(() => suggestFigures(quote), [quote]);
  const scopes = catalog.events.find((item) => item.id === form.event)?.scopes ?? [];
  const text = claimTextFields({ form, set, problem });
  return (
    <div className="grid gap-3">
      <FigureSuggestions
        suggestions={suggestions}
        chosen={form.figures}
        onChange={set('figures')}
      />
      {form.figures.length === 0 ? null : (
        <fieldset className="grid gap-3 rounded-md border border-stone-300 p-3">
          <legend className="px-1 font-medium">{t('workbench.claim.figuresCount')}</legend>
          <SelectField
            label={t('workbench.claim.metric')}
            value={form.metric}
            error={problem('metric')}
            onChange={set('metric')}
            options={[
              ...(form.metric === '' ? [{ value: '', label: t('workbench.claim.choose') }] : []),
              ...catalog.metrics.map((item) => ({
                value: item.id,
                label: `${item.label.en} · ${item.label.ar}`,
              })),
              { value: NEW_CHOICE, label: t('workbench.claim.newMetric') },
            ]}
          />
          {form.metric === NEW_CHOICE ? (
            <div className="grid gap-3 sm:grid-cols-2">
              {text('metricAr', t('workbench.claim.metricAr'), 'ar')}
              {text(
                'metricEn',
                t('workbench.claim.metricEn'),
                'en',
                t('workbench.claim.metricHint'),
              )}
              {text('unitAr', t('workbench.claim.unitAr'), 'ar')}
              {text('unitEn', t('workbench.claim.unitEn'), 'en', t('workbench.claim.unitHint'))}
            </div>
          ) : null}
          <SelectField
            label={t('workbench.claim.scope')}
            hint={t('workbench.claim.scopeHint')}
            value={scopes.some((item) => item.id === form.scope) ? form.scope : NEW_CHOICE}
            onChange={set('scope')}
            options={[
              ...scopes.map((item) => ({
                value: item.id,
                label: `${item.label.en} · ${item.label.ar}`,
              })),
              { value: NEW_CHOICE, label: t('workbench.claim.newScope') },
            ]}
          />
          {scopes.some((item) => item.id === form.scope) ? null : (
            <div className="grid gap-3 sm:grid-cols-2">
              {text('scopeAr', t('workbench.claim.scopeAr'), 'ar')}
              {text('scopeEn', t('workbench.claim.scopeEn'), 'en')}
            </div>
          )}
        </fieldset>
      )}
    </div>
  );
}
