import type { Actor } from '@/corpus/schema';
import type { CompiledClaim, SourceSummary } from '@/corpus/shards';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { claimCitation } from './claim-citation';
import { claimTexts } from './claim-texts';

const base = corpusLookups(corpusIndexFixture);
const madaPost: Actor = {
  id: 'mada-post',
  name: { en: 'Mada Post', ar: 'مدى بوست' },
  aliases: { en: [], ar: [] },
  kind: 'media-outlet',
  side: 'opposition',
};
const why = {
  en: 'The text came as a plain file, with no address.',
  ar: 'وصل النص ملفاً مجرداً بلا عنوان.',
};
const source: SourceSummary = {
  id: 'mada-2020',
  outlet: 'mada-post',
  title: 'عنوان المقال',
  language: 'ar',
  published: { value: '2020-01-24', precision: 'day', basis: 'stated' },
  shard: 'sources/mada-2020.abcdef12.json',
};
const lookupsWith = (summary: SourceSummary): CorpusLookups => ({
  ...base,
  actors: new Map([...base.actors, [madaPost.id, madaPost]]),
  sources: new Map([[summary.id, summary]]),
});
const claim: CompiledClaim = {
  id: 'hts-denies-attack',
  question: 'attack',
  saidBy: 'hts',
  reportedBy: ['mada-post'],
  source: source.id,
  quote: 'لم يقع أي هجوم',
  language: 'ar',
  translation: 'No attack took place',
  stance: 'denies',
  wording: 'own-words',
  figures: [],
  saidOn: { value: '2020-01-23', precision: 'day', basis: 'stated' },
  event: 'saraqib-market',
  quoteStart: 0,
  quoteEnd: 14,
};

const cite = (summary: SourceSummary, language: 'en' | 'ar' = 'en') =>
  claimCitation(
    claim,
    lookupsWith(summary),
    claimTexts(i18n.getFixedT(language), language),
    'https://riwaya.example/events/e#claim-hts-denies-attack',
  ).split('\n');

describe('claimCitation: where the source can be checked', () => {
  it('says the address was not recorded, and why, right after the source', () => {
    const lines = cite({ ...source, notRecorded: why });
    const at = lines.findIndex((line) => line.startsWith('Source: '));
    expect(lines.slice(at + 1)).toEqual([
      'Original address: Not recorded in this corpus',
      `Why not recorded: ${why.en}`,
      'Link: https://riwaya.example/events/e#claim-hts-denies-attack',
    ]);
  });

  it('says only "not recorded" when the corpus gives no reason (a corpus compiled before reasons)', () => {
    const lines = cite(source);
    expect(lines).toContain('Original address: Not recorded in this corpus');
    expect(lines.some((line) => line.startsWith('Why not recorded'))).toBe(false);
  });

  it('gives the address, the archived copy and the retrieval day when they are recorded', () => {
    const url = 'https://madapost.example/article';
    const archivedUrl = 'https://web.archive.org/web/2020/https://madapost.example/article';
    const lines = cite({ ...source, url, archivedUrl, retrieved: '2020-01-25' });
    expect(lines).toEqual(
      expect.arrayContaining([
        `Original address: ${url}`,
        `Archived copy: ${archivedUrl}`,
        'Retrieved: 25 Jan 2020',
      ]),
    );
    expect(lines.join('\n')).not.toContain('Not recorded');
  });

  it("gives the reason in the reader's language", async () => {
    await i18n.loadLanguages('ar');
    const lines = cite({ ...source, notRecorded: why }, 'ar');
    expect(lines).toContain(`${i18n.getFixedT('ar')('sources.provenance.why')}: ${why.ar}`);
    expect(lines.join('\n')).not.toContain(why.en);
  });
});
