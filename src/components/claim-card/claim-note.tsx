import type { LocalizedText } from '@/corpus/primitives';
import { localized } from '@/lib/localized';
import type { ClaimTexts } from './claim-texts';

/**
 * The editors' note on a claim (whose words a phrase is, why it is filed where it is, what
 * outside reporting adds), in the reader's language, folded beneath a native disclosure that
 * tap and keyboard reach: the card stays short, and the caution is one click away.
 */
export function ClaimNote({ note, texts }: { note: LocalizedText | undefined; texts: ClaimTexts }) {
  if (note === undefined) return null;
  return (
    <details data-claim-note="" className="mt-2 text-xs text-stone-700">
      <summary className="cursor-pointer py-1 font-medium text-stone-800">
        {texts.editorsNote}
      </summary>
      <p className="mt-1 max-w-prose text-start leading-relaxed">
        {localized(note, texts.language)}
      </p>
    </details>
  );
}
