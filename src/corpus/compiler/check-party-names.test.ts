import { describe, expect, it } from 'vitest';
import { formatCorpusError } from '../rules/corpus-error';
import { compileErrors, minimalCorpus } from './corpus-fixture';

describe('checkPartyNames', () => {
  it("refuses a party's Arabic name that carries one side's word for another, naming file, path and reason", () => {
    const fixture = minimalCorpus();
    const army = fixture.actors[0];
    if (!army) throw new Error('fixture actor missing');
    army.name = { ar: 'قوات النظام', en: 'Syrian army' };
    const errors = compileErrors(fixture);
    expect(errors).toHaveLength(1);
    expect(formatCorpusError(errors[0] ?? { file: '', path: '', message: '' })).toBe(
      'data/actors.json: $.actors[0].name.ar: "قوات النظام" uses النظام / regime, ' +
        "the opposition's and its outlets' word for the Syrian government («النظام السوري», «نظام الأسد»): " +
        'a name is ours and neutral, so keep the word in the aliases and the quotes',
    );
  });

  it('refuses the English name too, and a side whose label takes a side', () => {
    const fixture = minimalCorpus();
    const izza = fixture.actors[1];
    const opposition = fixture.sides[1];
    if (!izza || !opposition) throw new Error('fixture entries missing');
    izza.name = { ar: 'جيش العزة', en: 'Jaish al-Izza militants' };
    opposition.label = { ar: 'الإرهابيون', en: 'Opposition' };
    expect(compileErrors(fixture).map(({ file, path }) => `${file} ${path}`)).toEqual([
      'data/actors.json $.actors[1].name.en',
      'data/sides.json $.sides[1].label.ar',
    ]);
  });

  it("lets the aliases carry the texts' own words", () => {
    const fixture = minimalCorpus();
    const army = fixture.actors[0];
    if (!army) throw new Error('fixture actor missing');
    army.aliases = { ar: ['قوات النظام', 'ميليشيات الأسد'], en: ['regime forces'] };
    expect(compileErrors(fixture)).toEqual([]);
  });
});
