import type { CompiledClaim } from '@/corpus/shards';
import { localized } from '@/lib/localized';
import type { ClaimTexts } from '@/components/claim-card/claim-texts';
import { noClaimGlyph, stanceTones } from '@/lib/stance-marks';
import { StanceMark } from '@/components/ui/stance-mark';

/** The first stated number of a claim, short enough to sit beside its mark. */
function shortFigure(claim: CompiledClaim, texts: ClaimTexts): string | undefined {
  const figure = claim.figures.find((candidate) => candidate.value !== undefined);
  return figure ? texts.amount(figure) : undefined;
}

/**
 * One party's claims on one question as marks, each a link to its card below.
 * The link's name is the stance in words (and the gist, when the claim has one),
 * so a screen reader hears what a sighted reader sees in the mark.
 */
export function OverviewCell({
  claims,
  texts,
  hideEmpty,
}: {
  claims: readonly CompiledClaim[];
  texts: ClaimTexts;
  hideEmpty: boolean;
}) {
  if (claims.length === 0) {
    return (
      <td className="border-b border-stone-200 px-1 py-1.5 text-center align-middle text-stone-500">
        {hideEmpty ? null : <span aria-hidden="true">{noClaimGlyph}</span>}
        <span className="sr-only">{texts.noClaim}</span>
      </td>
    );
  }
  return (
    <td className="border-b border-stone-200 px-1 py-1.5 text-center align-middle">
      <span className="inline-flex flex-wrap items-center justify-center gap-x-1">
        {claims.map((claim) => {
          const figure = shortFigure(claim, texts);
          const gist = claim.gist ? localized(claim.gist, texts.language) : undefined;
          return (
            <a
              key={claim.id}
              href={`#claim-${claim.id}`}
              data-overview-claim={claim.id}
              title={gist}
              className={`inline-flex min-h-6 min-w-6 items-center justify-center gap-0.5 rounded px-0.5 text-base leading-none font-bold no-underline hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-teal-700 ${stanceTones[claim.stance]}`}
            >
              <StanceMark stance={claim.stance} />
              {figure === undefined ? null : (
                <span aria-hidden="true" className="text-xs font-semibold">
                  {figure}
                </span>
              )}
              <span className="sr-only">
                {texts.stance(claim.stance)}
                {figure === undefined ? '' : ` (${figure})`}
                {gist === undefined ? '' : `: ${gist}`}
              </span>
            </a>
          );
        })}
      </span>
    </td>
  );
}
