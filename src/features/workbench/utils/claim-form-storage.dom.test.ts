import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialClaimForm, type ClaimFormState } from './claim-form-state';
import {
  forgetClaimForm,
  keepClaimForm,
  keepOpenClaim,
  openClaimOf,
  restoredClaimForm,
} from './claim-form-storage';
import { draftCatalog } from './draft-catalog';
import { seedDraft } from './seed-draft-fixture';
import { suggestFigures } from './suggest-figures';

const pending = { id: 'p1', source: 'mod-40-soldiers', quote: 'مقتل ما يصل إلى 40 جنديا سوريا' };
const fresh = initialClaimForm(draftCatalog(seedDraft()), pending);
const figures = suggestFigures(pending.quote);
const keep = {
  figures: (figure: unknown) => figures.some((f) => JSON.stringify(f) === JSON.stringify(figure)),
};

describe('the claim form kept across a reload', () => {
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives back the form as it was left, and a fresh one once forgotten', () => {
    const filled: ClaimFormState = {
      ...fresh,
      partyNameAr: 'الجبهة الوطنية للتحرير',
      stance: 'denies',
      figures,
      reportedBy: ['al-wasila', ''],
    };
    keepClaimForm('d1', 'p1', filled);
    expect(restoredClaimForm('d1', 'p1', fresh, keep)).toEqual(filled);
    // Another draft's or another claim's form is not this one.
    expect(restoredClaimForm('d2', 'p1', fresh, keep)).toEqual(fresh);
    forgetClaimForm('d1', 'p1');
    expect(restoredClaimForm('d1', 'p1', fresh, keep)).toEqual(fresh);
  });

  it('takes a kept field only with its shape and words: anything else is the fresh field', () => {
    localStorage.setItem(
      'riwaya.workbench.claim-form.d1.p1',
      JSON.stringify({
        ...fresh,
        partyNameEn: 42,
        stance: 'approves',
        kind: 'army',
        figures: [{ value: 4000, qualifier: 'exact', words: '4000' }, figures[0]],
        reportedBy: ['al-wasila', 7],
        saidOn: { ...fresh.saidOn, basis: 'rumour' },
        translation: 'kept',
      }),
    );
    const restored = restoredClaimForm('d1', 'p1', fresh, keep);
    expect(restored).toEqual({
      ...fresh,
      figures: [figures[0]],
      reportedBy: ['al-wasila'],
      translation: 'kept',
    });
    localStorage.setItem('riwaya.workbench.claim-form.d1.p1', '{ not json');
    expect(restoredClaimForm('d1', 'p1', fresh, keep)).toEqual(fresh);
  });

  it('remembers which form was open, and works on, unsaved, where storage is refused', () => {
    keepOpenClaim('d1', 'p1');
    expect(openClaimOf('d1')).toBe('p1');
    keepOpenClaim('d1', undefined);
    expect(openClaimOf('d1')).toBeUndefined();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => {
      keepClaimForm('d1', 'p1', fresh);
    }).not.toThrow();
    expect(restoredClaimForm('d1', 'p1', fresh, keep)).toEqual(fresh);
  });
});
