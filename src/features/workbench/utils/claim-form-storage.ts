import { stanceSchema, wordingSchema } from '@/corpus/event-schema';
import { dateBasisSchema, datePrecisionSchema } from '@/corpus/primitives';
import { actorKindSchema } from '@/corpus/registry-schemas';
import type { ClaimFormState } from './claim-form-state';

/**
 * A claim form being filled in, kept in this browser per draft and pending claim, so a reload, a
 * crash or a closed tab loses at most the last keystroke of it too. Cleared when the claim is
 * added or the form cancelled. localStorage may be refused (a private window, a full disk): the
 * form then works as before, unsaved.
 */
const PREFIX = 'riwaya.workbench.claim-form';

const formKey = (draftId: string, pendingId: string) => `${PREFIX}.${draftId}.${pendingId}`;
const openKey = (draftId: string) => `${PREFIX}.${draftId}.open`;

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not kept: the form goes on as it is.
  }
}

const sameShape = (kept: unknown, fresh: unknown): boolean => {
  if (Array.isArray(fresh)) return Array.isArray(kept);
  if (typeof fresh === 'object' && fresh !== null) {
    return (
      typeof kept === 'object' &&
      kept !== null &&
      !Array.isArray(kept) &&
      Object.entries(fresh).every(([key, value]) =>
        sameShape((kept as Record<string, unknown>)[key], value),
      )
    );
  }
  return typeof kept === typeof fresh;
};

/**
 * The form as it was left, field by field over a fresh one: a field kept with another shape (an
 * older version of the form, or a value edited by hand) is the fresh one's. `keep` says which
 * kept list items still hold (figures still read from the words, for example).
 */
export function restoredClaimForm(
  draftId: string,
  pendingId: string,
  fresh: ClaimFormState,
  keep: { figures: (figure: unknown) => boolean },
): ClaimFormState {
  const kept = read(formKey(draftId, pendingId));
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return fresh;
  const restored: Record<string, unknown> = { ...fresh };
  for (const [key, value] of Object.entries(fresh)) {
    const candidate = (kept as Record<string, unknown>)[key];
    if (!sameShape(candidate, value)) continue;
    if (key === 'figures') restored[key] = (candidate as unknown[]).filter(keep.figures);
    else if (key === 'reportedBy')
      restored[key] = (candidate as unknown[]).filter((item) => typeof item === 'string');
    else restored[key] = candidate;
  }
  // Choices among fixed words keep only a word still among them.
  const choices: [string, { safeParse: (value: unknown) => { success: boolean } }][] = [
    ['stance', stanceSchema],
    ['wording', wordingSchema],
    ['kind', actorKindSchema],
  ];
  for (const [key, schema] of choices) {
    if (!schema.safeParse(restored[key]).success)
      restored[key] = fresh[key as keyof ClaimFormState];
  }
  const saidOn = restored.saidOn as ClaimFormState['saidOn'];
  if (
    !datePrecisionSchema.safeParse(saidOn.precision).success ||
    !dateBasisSchema.safeParse(saidOn.basis).success
  ) {
    restored.saidOn = fresh.saidOn;
  }
  // Every field is now the fresh form's, or a kept value of the same shape and words.
  return restored as unknown as ClaimFormState;
}

export function keepClaimForm(draftId: string, pendingId: string, form: ClaimFormState) {
  write(formKey(draftId, pendingId), form);
}

export function forgetClaimForm(draftId: string, pendingId: string) {
  write(formKey(draftId, pendingId), undefined);
}

/** Which pending claim's form was open in this draft, to open it again after a reload. */
export function openClaimOf(draftId: string): string | undefined {
  const kept = read(openKey(draftId));
  return typeof kept === 'string' ? kept : undefined;
}

export function keepOpenClaim(draftId: string, pendingId: string | undefined) {
  write(openKey(draftId), pendingId);
}
