import { useMatch, useSearch } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { ShareButton } from '@/components/share-button';
import { paths } from '@/config/paths';
import { useImportedCorpus } from '@/features/corpora/api/get-imported-corpora';
import { parseCorpusParam } from '@/lib/corpus-source/corpus-param';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useCanonicalUrl } from './use-canonical-url';

/**
 * The one "Copy link" of every view: in the site header, except on a
 * comparison, where it leads the event's own share actions under its title
 * (placement "event"), before the self-contained link. On an imported
 * corpus the confirmation says the link opens only where that corpus is
 * imported, and on a comparison names the button whose link opens anywhere.
 */
export function ShareViewButton({ placement = 'header' }: { placement?: 'header' | 'event' }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const getUrl = useCanonicalUrl();
  const corpusId = useSearch({
    strict: false,
    select: (search) => parseCorpusParam(search.corpus),
  });
  // The same query the corpus gate runs: already cached, never a second read.
  const imported = useImportedCorpus(corpusId);
  const onComparison = useMatch({ from: paths.event.path, shouldThrow: false }) !== undefined;

  if (onComparison !== (placement === 'event')) return null;
  let caveat: string | undefined;
  if (corpusId !== undefined) {
    const title = imported.data ? localized(imported.data.title, language) : corpusId;
    caveat = onComparison
      ? t('share.importedCaveatComparison', {
          title,
          button: t('corpora.snapshot.copy'),
        })
      : t('share.importedCaveat', { title });
  }
  return <ShareButton getUrl={getUrl} caveat={caveat} />;
}
