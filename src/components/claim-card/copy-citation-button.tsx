import { Button } from '@/components/ui/button';
import { CopyStatusPopover } from '@/components/ui/copy-status-popover';
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
      <CopyStatusPopover
        open={state.kind !== 'idle'}
        message={
          state.kind === 'copied'
            ? texts.citationCopied
            : state.kind === 'failed'
              ? texts.citationFailed
              : ''
        }
        manual={
          state.kind === 'failed'
            ? {
                text: state.text,
                label: texts.citationField,
                closeLabel: texts.close,
                onClose: reset,
                multiline: true,
              }
            : undefined
        }
      />
    </span>
  );
}
