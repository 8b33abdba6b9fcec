import type { CompiledClaim } from '@/corpus/shards';
import { stanceTones } from '@/lib/stance-marks';
import { StanceMark } from '@/components/ui/stance-mark';
import type { ClaimTexts } from './claim-texts';

/**
 * The stance with its mark (never colour alone) and, when the corpus gives
 * one, the position in a few words: "Denies: no attack of this kind" after a cross. A
 * hearsay claim's stance is the outlet's account of it, and says so.
 */
export function ClaimStance({ claim, texts }: { claim: CompiledClaim; texts: ClaimTexts }) {
  const gist: CompiledClaim['gist'] = claim.gist;
  const label =
    claim.wording === 'outlet-account'
      ? texts.hearsayStance(claim.stance)
      : texts.stance(claim.stance);
  return (
    <p
      data-stance={claim.stance}
      className={`text-sm font-semibold leading-snug ${stanceTones[claim.stance]}`}
    >
      <StanceMark stance={claim.stance} /> {label}
      {gist === undefined ? null : (
        <>
          {/* After "Reported: asserts" a second colon would read as the outlet's words. */}
          {claim.wording === 'outlet-account' ? ' — ' : ': '}
          <span data-gist="">{texts.language === 'ar' ? gist.ar : gist.en}</span>
        </>
      )}
    </p>
  );
}
