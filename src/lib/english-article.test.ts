import { takesDefiniteArticle } from './english-article';

describe('takesDefiniteArticle', () => {
  it('puts "the" before names that describe a body', () => {
    for (const name of [
      'Russian Ministry of Defence',
      'Syrian Observatory for Human Rights',
      'Syrian government forces',
      'Hmeimim base',
      'Syrian opposition factions',
      'Free Syrian Army',
      'National Liberation Front',
      'Turkistan Islamic Party',
      'European Union',
      'United Nations',
      'Syrian opposition delegation to the Astana talks',
      'Russian Reconciliation Centre',
    ]) {
      expect(takesDefiniteArticle(name), name).toBe(true);
    }
  });

  it('leaves proper names, people, possessives and "unnamed" descriptions alone', () => {
    for (const name of [
      'Hayat Tahrir al-Sham',
      'Russia',
      'Mada Post',
      'al-Wasila',
      'RT',
      'Naji al-Mustafa',
      "Hadi al-Abdullah's blog",
      'Unnamed Free Syrian Army commanders',
      'Unnamed local media',
      'The Syria Campaign',
    ]) {
      expect(takesDefiniteArticle(name), name).toBe(false);
    }
  });
});
