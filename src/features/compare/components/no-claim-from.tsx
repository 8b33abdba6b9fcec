import { useTranslation } from '@/lib/use-translation';
import { useLanguage } from '@/lib/use-language';
import type { PartyLabels } from '../utils/party-labels';
import { PartyLinkList } from '@/components/party-link-list';

/** The parties on screen that said nothing on this question: named once, not as empty cells. */
export function NoClaimFrom({
  parties,
  labels,
}: {
  parties: readonly string[];
  labels: PartyLabels;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (parties.length === 0) return null;
  return (
    <p data-no-claim-from="" className="mt-3 text-sm text-stone-600">
      {t('sides.noClaimFrom')}{' '}
      <PartyLinkList parties={parties} nameOf={labels.nameOf} language={language} />
    </p>
  );
}
