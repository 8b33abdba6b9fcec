import type { Figure } from '@/corpus/figure-schema';
import type { ClaimInput } from './add-claim';
import { NEW_CHOICE, type ClaimFormState } from './claim-form-state';
import type { DraftCatalog } from './draft-catalog';
import type { PendingClaim } from './pending-claims';
import { slugFromName } from './slug-from-name';

/** The claim the form describes, with ids made from the English names, none taken. */
export function claimInputFrom(
  form: ClaimFormState,
  catalog: DraftCatalog,
  pending: PendingClaim,
): ClaimInput {
  const taken = (ids: readonly { id: string }[]) => (id: string) =>
    ids.some((item) => item.id === id);
  const saidOn = {
    value: form.saidOn.value.trim(),
    precision: form.saidOn.precision,
    basis: form.saidOn.basis,
    ...(form.saidOn.note.trim() === '' ? {} : { note: form.saidOn.note.trim() }),
  };
  const partyId =
    form.saidBy === NEW_CHOICE
      ? slugFromName(form.partyNameEn, taken(catalog.actors))
      : form.saidBy;
  const event = catalog.events.find((item) => item.id === form.event);
  const eventId = event
    ? event.id
    : slugFromName(
        form.eventTitleEn,
        (id) => taken(catalog.events)(id) || catalog.eventFileIds.has(id),
      );
  const question = event?.questions.find((item) => item.id === form.question);
  const questionId = question
    ? question.id
    : slugFromName(form.questionEn, taken(event?.questions ?? []));
  const scope = event?.scopes.find((item) => item.id === form.scope);
  const scopeId = scope ? scope.id : slugFromName(form.scopeEn, taken(event?.scopes ?? []));
  const metricId =
    form.metric === NEW_CHOICE ? slugFromName(form.metricEn, taken(catalog.metrics)) : form.metric;
  const figures = form.figures.map((figure): Figure => ({
    metric: metricId,
    scope: scopeId,
    ...(figure.vague
      ? { vague: figure.vague }
      : { value: figure.value ?? 0, qualifier: figure.qualifier ?? 'exact' }),
  }));
  const hasFigures = figures.length > 0;
  const gist =
    form.gistAr.trim() !== '' && form.gistEn.trim() !== ''
      ? { ar: form.gistAr.trim(), en: form.gistEn.trim() }
      : undefined;
  return {
    pendingId: pending.id,
    id: slugFromName(`${partyId} ${questionId}`, (id) => catalog.claimIds.has(id)),
    source: pending.source,
    quote: pending.quote,
    ...(pending.occurrence === undefined ? {} : { occurrence: pending.occurrence }),
    saidBy:
      form.saidBy === NEW_CHOICE
        ? {
            new: {
              id: partyId,
              name: { ar: form.partyNameAr.trim(), en: form.partyNameEn.trim() },
              kind: form.kind,
              side:
                form.side === NEW_CHOICE
                  ? {
                      new: {
                        id: slugFromName(form.sideEn, taken(catalog.sides)),
                        label: { ar: form.sideAr.trim(), en: form.sideEn.trim() },
                      },
                    }
                  : { pick: form.side },
              ...(form.memberOf === '' ? {} : { memberOf: form.memberOf }),
            },
          }
        : { pick: form.saidBy },
    // Each outlet once, never the party itself: its own channel carries nothing for it.
    reportedBy: [...new Set(form.reportedBy)].filter(
      (outlet) => outlet !== '' && outlet !== partyId,
    ),
    event: event
      ? { pick: event.id }
      : {
          new: {
            id: eventId,
            title: { ar: form.eventTitleAr.trim(), en: form.eventTitleEn.trim() },
            summary: { ar: form.eventSummaryAr.trim(), en: form.eventSummaryEn.trim() },
            date: { from: saidOn },
          },
        },
    question: question
      ? { pick: question.id }
      : {
          new: {
            id: questionId,
            label: { ar: form.questionAr.trim(), en: form.questionEn.trim() },
          },
        },
    stance: form.stance,
    wording: form.wording,
    ...(form.translation.trim() === '' ? {} : { translation: form.translation.trim() }),
    ...(gist ? { gist } : {}),
    saidOn,
    figures,
    ...(hasFigures && form.metric === NEW_CHOICE
      ? {
          newMetric: {
            id: metricId,
            label: { ar: form.metricAr.trim(), en: form.metricEn.trim() },
            unit: { ar: form.unitAr.trim(), en: form.unitEn.trim() },
          },
        }
      : {}),
    ...(hasFigures && !scope
      ? { newScope: { id: scopeId, label: { ar: form.scopeAr.trim(), en: form.scopeEn.trim() } } }
      : {}),
  };
}
