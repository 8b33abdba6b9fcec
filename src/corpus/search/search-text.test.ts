import { matchesSearch, prepareSearchText, searchTokens } from './search-text';

const textMatchesQuery = (text: string, query: string) =>
  matchesSearch(prepareSearchText(text), searchTokens(query));
import { foldForSearch } from './search-fold';

describe('foldForSearch', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسقاط', 'اسقاط'],
    ['آمنة', 'امنه'],
    ['ٱلله', 'الله'],
    ['مؤسسة', 'موسسه'],
    ['رئيس', 'رييس'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['سماء', 'سما'],
  ])('folds hamza, alef and final forms: %s → %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('strips tashkeel, superscript alef and tatweel', () => {
    expect(foldForSearch('قُتِلَ')).toBe('قتل');
    expect(foldForSearch('مُسْتَشْفًى')).toBe('مستشفي');
    expect(foldForSearch('هٰذا')).toBe('هذا');
    expect(foldForSearch('ســــلام')).toBe('سلام');
  });

  it('turns Arabic-Indic and Persian digits into Latin digits', () => {
    expect(foldForSearch('٢٠١٩')).toBe('2019');
    expect(foldForSearch('۱۲۳')).toBe('123');
  });

  it('lower-cases and strips Latin diacritics', () => {
    expect(foldForSearch('Ma‘arrat al-Nu‘mān')).toBe('ma arrat al nu man');
    expect(foldForSearch('CAFÉ Ürün')).toBe('cafe urun');
  });

  it('folds compatibility forms: presentation forms, ligatures, full-width letters', () => {
    expect(foldForSearch('\ufefb')).toBe('لا');
    expect(foldForSearch('Ｌ－３９')).toBe('l 39');
  });

  it('turns punctuation and hyphens into single spaces and trims', () => {
    expect(foldForSearch('  L-39,  “لام 39”؛ (Idlib)…  ')).toBe('l 39 لام 39 idlib');
    expect(foldForSearch('الغارة، على: إدلب؟')).toBe('الغاره علي ادلب');
  });

  it('drops invisible format characters instead of splitting words', () => {
    expect(foldForSearch('سرا\u200fقب')).toBe('سراقب');
    expect(foldForSearch('co\u00adordinate')).toBe('coordinate');
    expect(foldForSearch('می\u200cخواهم')).toBe('ميخواهم');
  });

  it('returns an empty string for text without letters or digits', () => {
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch(' — ، ؟ ')).toBe('');
    expect(foldForSearch('ًٌٍ')).toBe('');
  });

  it('is idempotent', () => {
    const once = foldForSearch('إسقاطُ طائرةٍ من طراز “لام ٣٩” في إدلب');
    expect(foldForSearch(once)).toBe(once);
  });
});

describe('searchTokens', () => {
  it('gives no tokens for an empty or blank query', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  ،  ')).toEqual([]);
  });

  it('keeps words apart and joins letter–digit neighbours', () => {
    expect(searchTokens('L-39 Idlib')).toEqual([
      { whole: 'l39', parts: ['l', '39'] },
      { whole: 'idlib', parts: ['idlib'] },
    ]);
    expect(searchTokens('l39')).toEqual([{ whole: 'l39', parts: ['l39'] }]);
  });

  it('spells an Arabic letter name before a number in Latin', () => {
    expect(searchTokens('لام 39')).toEqual([{ whole: 'l39', parts: ['l', '39'] }]);
    expect(searchTokens('لام')).toEqual([{ whole: 'لام', parts: ['لام'] }]);
  });
});

describe('matching', () => {
  const texts = [
    'Syrian air defences downed an L-39 over Idlib',
    'أجبرت طائرة روسية من نوع “لام 39” على الهبوط',
    'إسقاط طائرة حربية فوق ريف إدلب',
  ];
  const queries = ['L-39', 'l39', 'L 39', 'لام 39', 'l-39', 'L39'];

  it.each(queries)('finds both spellings of the jet with %s', (query) => {
    expect(textMatchesQuery(texts[0] ?? '', query)).toBe(true);
    expect(textMatchesQuery(texts[1] ?? '', query)).toBe(true);
  });

  it.each(['اسقاط', 'إسقاط', 'أسقاط', 'اسقاطُ'])('finds إسقاط with %s', (query) => {
    expect(textMatchesQuery(texts[2] ?? '', query)).toBe(true);
  });

  it('requires every word of the query', () => {
    expect(textMatchesQuery(texts[2] ?? '', 'اسقاط ادلب')).toBe(true);
    expect(textMatchesQuery(texts[2] ?? '', 'اسقاط حلب')).toBe(false);
  });

  it('matches inside words, so Arabic prefixes do not hide a word', () => {
    expect(textMatchesQuery('وبإسقاط الطائرة', 'اسقاط')).toBe(true);
    expect(textMatchesQuery('Saraqib', 'saraq')).toBe(true);
  });

  it('does not invent designations from unrelated numbers', () => {
    expect(textMatchesQuery('L-39', 'l40')).toBe(false);
    expect(textMatchesQuery('39 killed in Idlib', 'l39')).toBe(false);
  });

  it('keeps the Arabic word لام findable when it is the designation', () => {
    expect(textMatchesQuery('طائرة لام 39', 'لام')).toBe(true);
  });

  it('finds a month and year written apart in the text', () => {
    expect(textMatchesQuery('في حزيران/يونيو 2019', 'يونيو 2019')).toBe(true);
  });

  it('matches Arabic-Indic digits against Latin digits both ways', () => {
    expect(textMatchesQuery('قُتل ١٢ مدنياً', '12')).toBe(true);
    expect(textMatchesQuery('12 civilians', '١٢')).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch(prepareSearchText('anything'), searchTokens(''))).toBe(true);
  });

  it('cannot match across the variants of a prepared text', () => {
    const prepared = prepareSearchText('L-39');
    expect(prepared).toBe('l 39\nl39');
    expect(matchesSearch(prepared, searchTokens('39l'))).toBe(false);
  });
});
