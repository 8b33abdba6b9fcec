import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus';
import { compileErrors, fixtureFiles, fixtureText, minimalCorpus } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';
const WHERE = 'source "mada-tal-milh" (data/sources/mada-tal-milh.txt)';

function quoting(quote: string, occurrence?: number) {
  const fixture = minimalCorpus();
  const claim = fixture.events[0]?.claims[2];
  if (!claim) throw new Error('fixture claim missing');
  claim.quote = quote;
  claim.occurrence = occurrence;
  return fixture;
}

describe('checkQuotes', () => {
  it('reports a quote that is not in its source', () => {
    expect(compileErrors(quoting('نفى الجيش كل شيء'))).toEqual([
      { file: EVENT, path: '$.claims[2].quote', message: `quote not found in ${WHERE}` },
    ]);
  });

  it('folds whitespace but never joins a word broken by a space', () => {
    expect(compileErrors(quoting('كان قا سياً'))).toEqual([]);
    expect(compileErrors(quoting('كان   قا\n سياً'))).toEqual([]);
    expect(compileErrors(quoting('كان قاسياً'))).toEqual([
      { file: EVENT, path: '$.claims[2].quote', message: `quote not found in ${WHERE}` },
    ]);
  });

  it('asks for "occurrence" when the quote appears more than once', () => {
    expect(compileErrors(quoting('الأسد'))).toEqual([
      {
        file: EVENT,
        path: '$.claims[2].quote',
        message: `quote appears 3 times in ${WHERE}; add "occurrence" (1 to 3) to say which`,
      },
    ]);
  });

  it('reports an occurrence beyond the count', () => {
    expect(compileErrors(quoting('الأسد', 4))).toEqual([
      {
        file: EVENT,
        path: '$.claims[2].occurrence',
        message: `occurrence 4 is beyond the 3 times the quote appears in ${WHERE}`,
      },
    ]);
  });

  it('records the offsets of the occurrence named', () => {
    const result = compileCorpus(fixtureFiles(quoting('الأسد', 2)));
    const claim = result.ok ? result.eventShards[0]?.data.claims[2] : undefined;
    const second = fixtureText.indexOf('الأسد', fixtureText.indexOf('الأسد') + 1);
    expect(claim).toMatchObject({ quoteStart: second, quoteEnd: second + 'الأسد'.length });
  });

  it('matches across Unicode normalization forms', () => {
    const fixture = quoting('نفى مصدر عسكري');
    const [source] = fixture.sources;
    if (!source) throw new Error('fixture source missing');
    // Shadda before fatha in the text, fatha before shadda in the quote: NFC orders both alike.
    source.text = source.text.replace('ردّهم', 'ر\u0651\u064eدهم');
    fixture.events[0]?.claims.push({
      ...structuredClone(fixture.events[0].claims[0]),
      id: 'marks',
      quote: 'ر\u064e\u0651دهم',
      figures: [],
      translation: 'their response',
    } as never);
    expect(compileErrors(fixture)).toEqual([]);
  });

  it('reports boilerplate that is not in the text', () => {
    const fixture = minimalCorpus();
    fixture.sources[0]?.json.boilerplate?.push({ text: 'اقرأ أيضاً', kind: 'read-also' });
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/sources/mada-tal-milh.json',
        path: '$.boilerplate[1].text',
        message: 'boilerplate text not found in the source text (data/sources/mada-tal-milh.txt)',
      },
    ]);
  });
});
