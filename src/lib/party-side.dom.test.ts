import type { Actor, Side } from '@/corpus/schema';
import { i18n } from '@/lib/i18n';
import { outletTagWords, partyNameInSideGroup, partySideText, partySideWords } from './party-side';

const opposition: Side = {
  id: 'opposition',
  label: { en: 'Armed opposition', ar: 'المعارضة المسلحة' },
};
const unknown: Side = {
  id: 'unknown',
  label: { en: 'Independent or alignment unknown', ar: 'مستقل أو غير معروف الانتماء' },
  unknownAlignment: true,
};
const party = (kind: Actor['kind'], side = 'opposition'): Actor => ({
  id: 'party',
  name: { en: 'al-Wasila', ar: 'الوسيلة' },
  aliases: { ar: [], en: [] },
  kind,
  side,
});

describe('partySideText', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('gives a combatant its side, and an outlet the side it is aligned with', async () => {
    await i18n.changeLanguage('en');
    const words = partySideWords(i18n.t, 'en');
    expect(partySideText(party('armed-group'), opposition, words)).toBe('Armed opposition');
    expect(partySideText(party('media-outlet'), opposition, words)).toBe(
      'Media outlet aligned with: Armed opposition',
    );
    expect(partySideText(party('media-outlet'), unknown, words)).toBe(
      'Media outlet: Independent or alignment unknown',
    );
    expect(partySideText(party('person'), undefined, words)).toBe('No side');
  });

  it('says it in Arabic, the side’s label kept whole after the colon', async () => {
    await i18n.changeLanguage('ar');
    const words = partySideWords(i18n.t, 'ar');
    expect(partySideText(party('media-outlet'), opposition, words)).toBe(
      'وسيلة إعلام، انتماؤها: المعارضة المسلحة',
    );
    expect(partySideText(party('armed-group'), opposition, words)).toBe('المعارضة المسلحة');
  });
});

describe('partyNameInSideGroup', () => {
  it('marks an outlet listed under its side, and only an outlet', async () => {
    await i18n.changeLanguage('en');
    const words = outletTagWords(i18n.t);
    expect(partyNameInSideGroup(party('media-outlet'), opposition, 'al-Wasila', words)).toBe(
      'al-Wasila · aligned outlet',
    );
    expect(partyNameInSideGroup(party('media-outlet'), unknown, 'al-Wasila', words)).toBe(
      'al-Wasila · media outlet',
    );
    expect(partyNameInSideGroup(party('armed-group'), opposition, 'FSA', words)).toBe('FSA');
  });
});
