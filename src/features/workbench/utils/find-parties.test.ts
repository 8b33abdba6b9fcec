import { describe, expect, it } from 'vitest';
import type { DraftCatalog } from './draft-catalog';
import { findParties } from './find-parties';

const actor = (
  id: string,
  ar: string,
  en: string,
  aliases: { ar: string[]; en: string[] } = { ar: [], en: [] },
): DraftCatalog['actors'][number] => ({ id, name: { ar, en }, side: 's', aliases });

const actors = [
  actor('russian-mod', 'وزارة الدفاع الروسية', 'Russian Ministry of Defence', {
    ar: [],
    en: ['Russian MoD'],
  }),
  actor('nlf', 'الجبهة الوطنية للتحرير', 'National Liberation Front'),
  actor('hadi', 'هادي العبد الله', 'Hadi al-Abdullah'),
  actor('sohr', 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights'),
];
const ids = (typed: string) => findParties(actors, typed).map((found) => found.id);

describe('findParties', () => {
  it('finds a party by its English name in any case, or by an alias', () => {
    expect(ids('liberation')).toEqual(['nlf']);
    expect(ids('MOD')).toEqual(['russian-mod']);
  });

  it('finds a party by its Arabic name, with or without hamza and taa marbuta', () => {
    expect(ids('الجبهه الوطنيه')).toEqual(['nlf']);
    expect(ids('الانسان')).toEqual(['sohr']);
    expect(ids('هادي')).toEqual(['hadi']);
  });

  it('gives every party for an empty search, and none for a name not there', () => {
    expect(ids('  ')).toEqual(['russian-mod', 'nlf', 'hadi', 'sohr']);
    expect(ids('Hmeimim')).toEqual([]);
  });
});
