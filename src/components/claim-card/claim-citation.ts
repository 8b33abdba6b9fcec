import type { CompiledClaim, SourceSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { ClaimTexts } from './claim-texts';
import { carrierNames, partyName, partyRole, wordingText } from './claim-words';

/**
 * Where a reader can check the source: its address, always (or "not recorded"), an archived
 * copy and the retrieval day when known, and why anything is missing when the corpus says.
 */
function provenanceLines(source: SourceSummary, texts: ClaimTexts): string[] {
  const labels = texts.citation;
  const { url, archivedUrl, retrieved, notRecorded } = source;
  const lines = [`${labels.original}: ${url ?? labels.notRecorded}`];
  if (archivedUrl !== undefined) lines.push(`${labels.archived}: ${archivedUrl}`);
  if (retrieved !== undefined) {
    const day = texts.dateText({ value: retrieved, precision: 'day', basis: 'stated' });
    lines.push(`${labels.retrieved}: ${day}`);
  }
  const missing = [url, archivedUrl, retrieved].some((field) => field === undefined);
  if (missing && notRecorded !== undefined) {
    lines.push(`${labels.whyNotRecorded}: ${localized(notRecorded, texts.language)}`);
  }
  return lines;
}

/**
 * One claim as plain text to paste into an article or a notebook: the quote,
 * its translation, who said it and how, who carried it, when, where it was
 * published and where that can be checked, and its lasting address. Built on
 * click, never on render.
 */
export function claimCitation(
  claim: CompiledClaim,
  lookups: CorpusLookups,
  texts: ClaimTexts,
  permalink: string | undefined,
): string {
  const labels = texts.citation;
  const speaker = lookups.actors.get(claim.saidBy);
  const how = wordingText(claim, lookups, texts);
  const who = [
    `${partyName(claim.saidBy, lookups, texts.language)} (${partyRole(speaker, lookups, texts)})`,
    how,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const chain = carrierNames(claim, lookups, texts);
  const basis = texts.dateBasis(claim.saidOn);
  const date = texts.dateText(claim.saidOn) + (basis === undefined ? '' : ` (${basis})`);
  const source = lookups.sources.get(claim.source);
  const outlet =
    source === undefined
      ? undefined
      : source.outlet === null
        ? texts.unnamedOutlet
        : partyName(source.outlet, lookups, texts.language);
  const published =
    source === undefined
      ? claim.source
      : `${outlet ?? ''}, “${source.title}”${source.titleTranslation ? ` (${source.titleTranslation.en})` : ''}, ${texts.dateText(source.published)}`;

  return [
    `“${claim.quote}”`,
    claim.translation === undefined ? undefined : `${labels.translation}: “${claim.translation}”`,
    `${labels.saidBy}: ${who}`,
    chain.length > 0 ? `${labels.carriedBy}: ${chain.join(' → ')}` : undefined,
    `${labels.date}: ${date}`,
    `${labels.source}: ${published}`,
    ...(source === undefined ? [] : provenanceLines(source, texts)),
    permalink === undefined ? undefined : `${labels.link}: ${permalink}`,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
}
