import { describe, expect, it } from 'vitest';
import { addClaim } from './add-claim';
import { checkDraft } from './check-draft';
import {
  claimFormProblems,
  initialClaimForm,
  NEW_CHOICE,
  type ClaimFormState,
} from './claim-form-state';
import { claimInputFrom } from './claim-input-from';
import { draftCatalog } from './draft-catalog';
import type { DraftFiles } from './draft-files';
import { seedDraft } from './seed-draft-fixture';
import type { PendingClaim } from './pending-claims';
import { suggestFigures } from './suggest-figures';

const pending: PendingClaim = {
  id: 'p1',
  source: 'mod-40-soldiers',
  quote: 'مقتل ما يصل إلى 40 جنديا سوريا',
};

/** The form as a researcher fills it for the Ministry's claim, on a draft with nothing else. */
function filledForm(files: DraftFiles): ClaimFormState {
  const form = initialClaimForm(draftCatalog(files), pending);
  return {
    ...form,
    partyNameAr: 'وزارة الدفاع الروسية',
    partyNameEn: 'Russian Ministry of Defence',
    sideAr: 'الحكومة وحلفاؤها',
    sideEn: 'Government and allies',
    eventTitleAr: 'هجوم على القوات الحكومية',
    eventTitleEn: 'Attack on government forces',
    eventSummaryAr: 'روايات متعارضة',
    eventSummaryEn: 'Conflicting accounts',
    questionAr: 'كم جنديًا قُتل؟',
    questionEn: 'How many soldiers were killed?',
    translation: 'up to 40 Syrian soldiers were killed',
  };
}

describe('the claim form', () => {
  it('starts a draft with nothing in it on new party, side, event, question and metric', () => {
    const form = initialClaimForm(draftCatalog(seedDraft()), pending);
    expect([form.saidBy, form.side, form.event, form.question, form.metric, form.scope]).toEqual(
      Array.from({ length: 6 }, () => NEW_CHOICE),
    );
    expect(form.saidOn).toMatchObject({ value: '2020-01', precision: 'month' });
  });

  it('asks what a ticked figure counts and where, and nothing about figures when none is', () => {
    const files = seedDraft();
    const catalog = draftCatalog(files);
    const form = filledForm(files);
    expect(claimFormProblems(form, catalog, 'ar')).toEqual({});
    const unexplained = { ...form, saidOn: { ...form.saidOn, note: ' ' } };
    expect(claimFormProblems(unexplained, catalog, 'ar')).toEqual({ saidOn: 'needsDateNote' });
    const stated = { ...unexplained, saidOn: { ...unexplained.saidOn, basis: 'stated' as const } };
    expect(claimFormProblems(stated, catalog, 'ar')).toEqual({});
    const withFigure = { ...form, figures: suggestFigures(pending.quote) };
    expect(Object.keys(claimFormProblems(withFigure, catalog, 'ar')).sort()).toEqual(
      ['metricAr', 'metricEn', 'scopeAr', 'scopeEn', 'unitAr', 'unitEn'].sort(),
    );
  });

  it('writes the suggested figure with its new metric and scope, and the compiler accepts it', () => {
    const files = seedDraft();
    const catalog = draftCatalog(files);
    const figures = suggestFigures(pending.quote);
    expect(figures).toMatchObject([{ value: 40, qualifier: 'up-to' }]);
    const form: ClaimFormState = {
      ...filledForm(files),
      figures,
      metricAr: 'جنود قُتلوا',
      metricEn: 'Soldiers killed',
      unitAr: 'جنود',
      unitEn: 'soldiers',
      scopeAr: 'هجوم 22 كانون الثاني',
      scopeEn: 'The attack of 22 January',
    };
    expect(claimFormProblems(form, catalog, 'ar')).toEqual({});
    const result = addClaim(files, claimInputFrom(form, catalog, pending));
    if (!result.ok) throw new Error(`could not write ${result.file}`);
    expect(checkDraft(result.files).problems.map((problem) => problem.line)).toEqual([]);
    const next = draftCatalog(result.files);
    expect(next.metrics).toEqual([
      { id: 'soldiers-killed', label: { ar: 'جنود قُتلوا', en: 'Soldiers killed' } },
    ]);
    expect(next.events[0]?.scopes.map((scope) => scope.id)).toEqual(['the-attack-of-22-january']);
    const event = JSON.parse(result.files[next.events[0]?.path ?? ''] ?? '{}') as {
      claims: { figures: unknown[] }[];
    };
    expect(event.claims[0]?.figures).toEqual([
      {
        metric: 'soldiers-killed',
        scope: 'the-attack-of-22-january',
        value: 40,
        qualifier: 'up-to',
      },
    ]);
  });

  it('reuses the metric and scope the draft has for the next claim, adding neither again', () => {
    const files = seedDraft();
    const first: ClaimFormState = {
      ...filledForm(files),
      figures: suggestFigures(pending.quote),
      metricAr: 'جنود قُتلوا',
      metricEn: 'Soldiers killed',
      unitAr: 'جنود',
      unitEn: 'soldiers',
      scopeAr: 'الهجوم',
      scopeEn: 'The attack',
    };
    const written = addClaim(files, claimInputFrom(first, draftCatalog(files), pending));
    if (!written.ok) throw new Error('not written');
    const catalog = draftCatalog(written.files);
    const again = initialClaimForm(catalog, { ...pending, id: 'p2' });
    expect([again.event, again.scope]).toEqual([catalog.events[0]?.id, 'the-attack']);
    const input = claimInputFrom(
      {
        ...again,
        saidBy: 'russian-ministry-of-defence',
        metric: 'soldiers-killed',
        figures: first.figures,
      },
      catalog,
      { ...pending, id: 'p2' },
    );
    expect(input).not.toHaveProperty('newMetric');
    expect(input).not.toHaveProperty('newScope');
  });

  it('keeps the chain of outlets in order, nearest the speaker first, without unchosen links or the party itself', () => {
    const files = seedDraft();
    const first = addClaim(files, claimInputFrom(filledForm(files), draftCatalog(files), pending));
    if (!first.ok) throw new Error('not written');
    const catalog = draftCatalog(first.files);
    const form: ClaimFormState = {
      ...initialClaimForm(catalog, { ...pending, id: 'p2' }),
      saidBy: NEW_CHOICE,
      partyNameAr: 'فيلق الشام',
      partyNameEn: 'Sham Legion',
      kind: 'armed-group',
      memberOf: 'russian-ministry-of-defence',
      translation: 't',
      reportedBy: ['', 'russian-ministry-of-defence', 'sham-legion', 'russian-ministry-of-defence'],
    };
    const input = claimInputFrom(form, catalog, { ...pending, id: 'p2' });
    expect(input.reportedBy).toEqual(['russian-ministry-of-defence']);
    expect(input.saidBy).toMatchObject({
      new: { id: 'sham-legion', memberOf: 'russian-ministry-of-defence' },
    });
  });

  it('names a new event so that it takes no existing file, even one that does not parse', () => {
    const files = {
      ...seedDraft(),
      'events/attack-on-government-forces.json': '{ "id": "another-id", "claims": [',
    };
    const catalog = draftCatalog(files);
    const input = claimInputFrom(filledForm(files), catalog, pending);
    expect(input.event).toMatchObject({ new: { id: 'attack-on-government-forces-2' } });
    const result = addClaim(files, input);
    if (!result.ok) throw new Error(`not written: ${result.file}`);
    expect(result.files['events/attack-on-government-forces.json']).toBe(
      files['events/attack-on-government-forces.json'],
    );
  });
});
