import type { PageIndex } from './page-meta';

const hostile = '"><script>alert(1)</script> & <b>';

/** The parts of a compiled index the pages read, with corpus strings that try to break out of HTML. */
export const hostileCorpusIndex: PageIndex = {
  actors: [{ id: 'al-wasila', name: { ar: 'الوسيلة', en: `Al-Wasila ${hostile}` } }],
  events: [
    {
      id: 'hostile-event',
      title: { ar: 'حدث', en: `Attack ${hostile}` },
      summary: { ar: 'ملخص', en: `Summary with "quotes" & ${hostile}` },
    },
  ],
  sources: [
    {
      id: 'hostile-source',
      outlet: 'al-wasila',
      title: `عنوان ${hostile}`,
      titleTranslation: { en: `Headline ${hostile}` },
      published: { value: '2020-01-16', precision: 'day', basis: 'stated' },
    },
    {
      id: 'untranslated-source',
      outlet: null,
      title: 'عنوان فقط',
      published: { value: '2019', precision: 'year', basis: 'inferred', note: 'From the text.' },
    },
  ],
};
