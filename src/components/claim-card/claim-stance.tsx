import type { CompiledClaim } from '@/corpus/shards';
import { stanceGlyphs } from '@/lib/stance-glyphs';
import type { ClaimTexts } from './claim-texts';

/**
 * The stance with its glyph (never colour alone) and, when the corpus gives
 * one, the position in a few words: "✕ Denies: no attack of this kind". A
 * hearsay claim's stance is the outlet's account of it, and says so.
 */
export function ClaimStance({ claim, texts }: { claim: CompiledClaim; texts: ClaimTexts }) {
  const { glyph, tone } = stanceGlyphs[claim.stance];
  const gist: CompiledClaim['gist'] = claim.gist;
  const label =
    claim.wording === 'outlet-account'
      ? texts.hearsayStance(claim.stance)
      : texts.stance(claim.stance);
  return (
    <p data-stance={claim.stance} className={`text-sm font-semibold leading-snug ${tone}`}>
      <span aria-hidden="true">{glyph} </span>
      {label}
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
