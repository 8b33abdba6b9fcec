import { Button } from '@/components/ui/button';
import { ManualCopyField } from '@/components/ui/manual-copy-field';
import { claimPermalink } from '@/lib/json-ld/permalink';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { useCopyToClipboard } from '@/lib/use-copy-to-clipboard';
import { claimCitation } from './claim-citation';
import type { ClaimTexts } from './claim-texts';
import { useSiteAddressOnDemand } from './use-site-address-on-demand';

interface CopyCitationButtonProps {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  texts: ClaimTexts;
}

/**
 * "Copy citation": the claim as plain text with its permalink, confirmed in a
 * live region; where the clipboard refuses, the text is shown to copy by hand.
 */
export function CopyCitationButton({ claim, lookups, texts }: CopyCitationButtonProps) {
  const { state, copy, reset } = useCopyToClipboard({ fadeAfter: 4000 });
  const siteAddress = useSiteAddressOnDemand();

  const copyCitation = async () => {
    const site = await siteAddress();
    const permalink = site === undefined ? undefined : claimPermalink(site, claim.event, claim.id);
    await copy(claimCitation(claim, lookups, texts, permalink));
  };

  return (
    <span className="relative inline-flex print:hidden">
      <Button onClick={() => void copyCitation()}>{texts.copyCitation}</Button>
      <span
        className={
          state.kind === 'idle'
            ? 'sr-only'
            : 'absolute end-0 top-full z-30 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-md border border-teal-800 bg-white p-2 text-sm shadow-lg'
        }
      >
        <span role="status" className="block font-medium text-teal-900">
          {state.kind === 'copied'
            ? texts.citationCopied
            : state.kind === 'failed'
              ? texts.citationFailed
              : ''}
        </span>
        {state.kind === 'failed' ? (
          <span className="mt-2 flex gap-2">
            <ManualCopyField
              multiline
              url={state.text}
              label={texts.citationField}
              className="min-w-0 flex-1"
            />
            <Button onClick={reset}>{texts.close}</Button>
          </span>
        ) : null}
      </span>
    </span>
  );
}
