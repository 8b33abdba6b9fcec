import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus } from './corpus-fixture';

describe('checkEventLabels', () => {
  it('refuses a one-sided word in our title, question and scope labels, and gists', () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    const [question] = event?.questions ?? [];
    const [scope] = event?.scopes ?? [];
    const [claim] = event?.claims ?? [];
    if (!event || !question || !scope || !claim) throw new Error('fixture event missing');
    event.title = { ar: 'هجوم الإرهابيين على تل ملح', en: 'Fighting at Tal Milh' };
    question.label = { ar: 'خسائر', en: 'Regime losses' };
    scope.label = { ar: 'هجوم الميليشيات', en: 'Assault' };
    claim.gist = { ar: 'خسائر', en: 'gunmen lost' };
    expect(compileErrors(fixture).map(({ file, path }) => `${file} ${path}`)).toEqual([
      'data/events/tal-milh-attack.json $.title.ar',
      'data/events/tal-milh-attack.json $.questions[0].label.en',
      'data/events/tal-milh-attack.json $.scopes[0].label.ar',
      'data/events/tal-milh-attack.json $.claims[0].gist.en',
    ]);
  });

  it('leaves the summary, quotes and translations their words', () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    const [claim] = event?.claims ?? [];
    if (!event || !claim) throw new Error('fixture event missing');
    event.summary = {
      ar: 'قال الجيش إن «الإرهابيين» هاجموا',
      en: 'The army said "terrorists" attacked',
    };
    claim.translation = 'the regime lost more than 100';
    expect(compileErrors(fixture)).toEqual([]);
  });
});
