import arabicCatalogue from '@/locales/ar/translation.json';
import englishCatalogue from '@/locales/en/translation.json';
import { i18n } from './i18n';

// One journey, in order: i18next keeps loaded catalogues for the life of the module.
describe('i18n catalogues', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('ships English only, and switches to Arabic once its catalogue has loaded', async () => {
    expect(i18n.language).toBe('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(false);

    // Asked for Arabic, then back to English before Arabic arrived: English stays.
    const toArabic = i18n.changeLanguage('ar');
    expect(i18n.language).toBe('en');
    await i18n.changeLanguage('en');
    await toArabic;
    expect(i18n.language).toBe('en');

    await i18n.changeLanguage('ar');
    expect(i18n.language).toBe('ar');
    expect(i18n.t('app.skipToContent')).not.toBe(i18n.getFixedT('en')('app.skipToContent'));
  });
});

interface Catalogue {
  [key: string]: string | Catalogue;
}

/** "a.b.c" → text, for every leaf of a catalogue. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');

function variables(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

/** Per key without its plural suffix: the forms present and each form's variables. */
function keyGroups(catalogue: Catalogue): Map<string, Map<string, string[]>> {
  const groups = new Map<string, Map<string, string[]>>();
  for (const [key, text] of flatten(catalogue)) {
    const base = baseKey(key);
    const forms = groups.get(base) ?? new Map<string, string[]>();
    forms.set(key.slice(base.length) || '', variables(text));
    groups.set(base, forms);
  }
  return groups;
}

const withoutCount = (names: readonly string[]) => names.filter((name) => name !== 'count');

describe('the two catalogues', () => {
  const english = keyGroups(englishCatalogue);
  const arabic = keyGroups(arabicCatalogue);

  it('have the same keys (plural forms aside)', () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('give Arabic every plural form where English has plurals, and no plurals where English has none', () => {
    for (const [key, forms] of english) {
      const arabicForms = [...(arabic.get(key)?.keys() ?? [])].sort();
      const expected = forms.has('_other')
        ? ['_few', '_many', '_one', '_other', '_two', '_zero']
        : [''];
      expect({ key, forms: arabicForms }).toEqual({ key, forms: expected });
    }
  });

  it('use the same interpolation variables for each key', () => {
    for (const [key, forms] of english) {
      const englishNames = [...new Set([...forms.values()].flat())].sort();
      const arabicForms = arabic.get(key) ?? new Map<string, string[]>();
      const arabicNames = [...new Set([...arabicForms.values()].flat())].sort();
      expect({ key, names: arabicNames }).toEqual({ key, names: englishNames });
      // Every form but "none at all" (_zero) names the same things; {{count}} may be spelled out.
      for (const [form, names] of [...forms, ...arabicForms]) {
        if (form === '_zero') continue;
        expect({ key, form, names: withoutCount(names) }).toEqual({
          key,
          form,
          names: withoutCount(englishNames),
        });
      }
    }
  });

  it('fails on a key missing from one side or a variable renamed (the checks can fail)', () => {
    const broken = keyGroups({ a: 'x {{count}}', b_one: 'y', b_other: '{{count}} y' });
    const other = keyGroups({ a: 'x {{total}}' });
    expect([...other.keys()]).not.toEqual([...broken.keys()]);
    expect(other.get('a')?.get('')).not.toEqual(broken.get('a')?.get(''));
  });
});

describe('counts in messages', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('group thousands in English and Arabic (Latin digits), whatever the variable is called', async () => {
    const en = i18n.getFixedT('en');
    expect(en('eventFilters.total', { count: 10000 })).toBe('10,000 events');
    expect(en('eventFilters.resultCount', { count: 10000, shown: 2500 })).toBe(
      '2,500 of 10,000 events',
    );
    await i18n.changeLanguage('ar');
    const ar = i18n.getFixedT('ar');
    const total = ar('eventFilters.total', { count: 10000 });
    expect(total).toContain('10,000');
    const form = new Intl.PluralRules('ar').select(10000);
    const template = flatten(arabicCatalogue).get(`eventFilters.total_${form}`);
    expect(template).toContain('{{count}}');
    expect(total).toBe(template?.replace('{{count}}', '10,000'));
  });

  it('never groups a year or an id passed as text, nor a number under another name', () => {
    const en = i18n.getFixedT('en');
    expect(en('date.inferredSuffix', { date: '2019' })).toBe('2019 (inferred)');
    expect(en('notFound.eventBody', { id: '2019' })).toContain('2019');
    expect(en('notFound.eventBody', { id: '2019' })).not.toContain('2,019');
    expect(en('date.range', { from: 2019, to: 2020 })).toBe('2019 – 2020');
  });
});
