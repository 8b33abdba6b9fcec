import type { LanguageCode } from '@/config/languages';
import type { CompiledClaim } from '@/corpus/shards';

/**
 * A claim's words as a reader of this interface can read them: the quote itself when it is in
 * the page's language (an Arabic reader reads the Arabic original, not its English
 * translation), else the English translation for an English reader, else the quote as it is.
 */
export function readableWords(
  claim: Pick<CompiledClaim, 'quote' | 'language' | 'translation'>,
  language: LanguageCode,
): string {
  if (claim.language === language) return claim.quote;
  return language === 'en' && claim.translation ? claim.translation : claim.quote;
}
