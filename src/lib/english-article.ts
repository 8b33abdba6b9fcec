/**
 * Head nouns that make a name a description rather than a proper name, so
 * running English puts "the" before it: "the Russian Ministry of Defence",
 * "the Syrian Observatory for Human Rights", "the Hmeimim base", but
 * "Hayat Tahrir al-Sham", "Russia", "Mada Post" and people without one.
 */
const commonHeads = new Set([
  'administration',
  'agency',
  'alliance',
  'army',
  'authority',
  'base',
  'brigade',
  'brigades',
  'centre',
  'center',
  'coalition',
  'command',
  'commission',
  'committee',
  'corps',
  'council',
  'delegation',
  'department',
  'division',
  'faction',
  'factions',
  'federation',
  'force',
  'forces',
  'front',
  'government',
  'guard',
  'media',
  'militia',
  'militias',
  'ministry',
  'movement',
  'nations',
  'network',
  'observatory',
  'office',
  'organisation',
  'organization',
  'party',
  'presidency',
  'union',
]);

/** The words before a name's first "of", "for" or "to": its head noun ends them. */
const beforeComplement = /^(.*?)\s+(?:of|for|to|in)\s+/;

/**
 * Whether an English party name takes "the" in a sentence. A name already
 * opening with an article, one that is possessive ("Hadi al-Abdullah's
 * blog") or a description opening "Unnamed…" keeps its own shape.
 */
export function takesDefiniteArticle(name: string): boolean {
  if (/^(?:the|a|an|unnamed)\s/i.test(name) || /['’]s\s/.test(name)) return false;
  const head = (beforeComplement.exec(name)?.[1] ?? name).trim().split(/\s+/).at(-1) ?? '';
  return commonHeads.has(head.toLowerCase());
}
