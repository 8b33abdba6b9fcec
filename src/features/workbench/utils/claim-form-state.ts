import type { Claim, Stance } from '@/corpus/event-schema';
import type { ActorKind } from '@/corpus/registry-schemas';
import type { DraftCatalog } from './draft-catalog';
import type { FormDate } from './form-date';
import type { PendingClaim } from './pending-claims';
import { slugFromName } from './slug-from-name';
import type { FigureSuggestion } from './suggest-figures';

/** The value of a choice that means "a new one": never a slug, so never a real id. */
export const NEW_CHOICE = '+new';

/** What the claim form holds while it is filled in: text as typed, choices by id. */
export interface ClaimFormState {
  saidBy: string;
  partyNameAr: string;
  partyNameEn: string;
  kind: ActorKind;
  side: string;
  sideAr: string;
  sideEn: string;
  /** The new party's umbrella (a faction's coalition), one of the draft's parties; '' for none. */
  memberOf: string;
  /** The outlets that carried the words, nearest the speaker first, ending with the source's. */
  reportedBy: string[];
  event: string;
  eventTitleAr: string;
  eventTitleEn: string;
  eventSummaryAr: string;
  eventSummaryEn: string;
  question: string;
  questionAr: string;
  questionEn: string;
  stance: Stance;
  wording: Claim['wording'];
  translation: string;
  gistAr: string;
  gistEn: string;
  saidOn: FormDate;
  /** The figures ticked among those read from the quote, in the quote's order. */
  figures: FigureSuggestion[];
  metric: string;
  metricAr: string;
  metricEn: string;
  unitAr: string;
  unitEn: string;
  scope: string;
  scopeAr: string;
  scopeEn: string;
}

export type ClaimFormField = keyof ClaimFormState;
export type ClaimFormProblem = 'required' | 'needsLatinName' | 'needsDateNote';
export type ClaimFormProblems = Partial<Record<ClaimFormField, ClaimFormProblem>>;

function publicationDate(published: unknown): FormDate {
  const date = (typeof published === 'object' && published !== null ? published : {}) as {
    value?: unknown;
  };
  const value = typeof date.value === 'string' ? date.value : '';
  // By the day it was published at the latest; the month is all that is known without reading.
  const known = value.slice(0, 7);
  return {
    value: known,
    precision: value.length >= 7 ? 'month' : 'year',
    basis: 'inferred',
    note:
      known === ''
        ? ''
        : `Said by the time the source was published (${value}); the words give no earlier date.`,
  };
}

/** A fresh form for a pending claim: the last event and its first question, the source's outlet. */
export function initialClaimForm(catalog: DraftCatalog, pending: PendingClaim): ClaimFormState {
  const source = catalog.sources.find((item) => item.id === pending.source);
  const event = catalog.events.at(-1);
  return {
    saidBy: catalog.actors.length === 0 ? NEW_CHOICE : '',
    partyNameAr: '',
    partyNameEn: '',
    kind: 'state-body',
    side: catalog.sides.length === 0 ? NEW_CHOICE : (catalog.sides[0]?.id ?? NEW_CHOICE),
    sideAr: '',
    sideEn: '',
    memberOf: '',
    reportedBy: source?.outlet ? [source.outlet] : [],
    event: event?.id ?? NEW_CHOICE,
    eventTitleAr: '',
    eventTitleEn: '',
    eventSummaryAr: '',
    eventSummaryEn: '',
    question: event?.questions[0]?.id ?? NEW_CHOICE,
    questionAr: '',
    questionEn: '',
    stance: 'asserts',
    wording: 'reported-speech',
    translation: '',
    gistAr: '',
    gistEn: '',
    saidOn: publicationDate(source?.published),
    figures: [],
    metric: catalog.metrics.length === 0 ? NEW_CHOICE : '',
    metricAr: '',
    metricEn: '',
    unitAr: '',
    unitEn: '',
    scope: event?.scopes[0]?.id ?? NEW_CHOICE,
    scopeAr: '',
    scopeEn: '',
  };
}

/** The problems of a filled form, by field; none when it can be written. */
export function claimFormProblems(
  form: ClaimFormState,
  catalog: DraftCatalog,
  quoteLanguage: string,
): ClaimFormProblems {
  const problems: ClaimFormProblems = {};
  const required = (field: ClaimFormField, value: string) => {
    if (value.trim() === '') problems[field] = 'required';
  };
  if (form.saidBy === '') problems.saidBy = 'required';
  if (form.saidBy === NEW_CHOICE) {
    required('partyNameAr', form.partyNameAr);
    if (slugFromName(form.partyNameEn, () => false) === '') problems.partyNameEn = 'needsLatinName';
    if (form.side === NEW_CHOICE) {
      required('sideAr', form.sideAr);
      if (slugFromName(form.sideEn, () => false) === '') problems.sideEn = 'needsLatinName';
    }
  }
  if (form.event === NEW_CHOICE) {
    required('eventTitleAr', form.eventTitleAr);
    if (slugFromName(form.eventTitleEn, () => false) === '')
      problems.eventTitleEn = 'needsLatinName';
    required('eventSummaryAr', form.eventSummaryAr);
    required('eventSummaryEn', form.eventSummaryEn);
  }
  const questions = catalog.events.find((event) => event.id === form.event)?.questions ?? [];
  if (
    form.question === NEW_CHOICE ||
    !questions.some((question) => question.id === form.question)
  ) {
    required('questionAr', form.questionAr);
    if (slugFromName(form.questionEn, () => false) === '') problems.questionEn = 'needsLatinName';
  }
  if (form.figures.length > 0) {
    if (form.metric === '') problems.metric = 'required';
    if (form.metric === NEW_CHOICE) {
      required('metricAr', form.metricAr);
      if (slugFromName(form.metricEn, () => false) === '') problems.metricEn = 'needsLatinName';
      required('unitAr', form.unitAr);
      required('unitEn', form.unitEn);
    }
    const scopes = catalog.events.find((event) => event.id === form.event)?.scopes ?? [];
    if (!scopes.some((scope) => scope.id === form.scope)) {
      required('scopeAr', form.scopeAr);
      if (slugFromName(form.scopeEn, () => false) === '') problems.scopeEn = 'needsLatinName';
    }
  }
  if (quoteLanguage !== 'en') required('translation', form.translation);
  required('saidOn', form.saidOn.value);
  // The compiler's rule: only a date the text states needs no word on how it was obtained.
  if (!problems.saidOn && form.saidOn.basis !== 'stated' && form.saidOn.note.trim() === '')
    problems.saidOn = 'needsDateNote';
  return problems;
}
