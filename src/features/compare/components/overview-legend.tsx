import { useTranslation } from '@/lib/use-translation';
import type { ClaimTexts } from '@/components/claim-card/claim-texts';
import { legendStances, noClaimGlyph } from '@/lib/stance-marks';
import { StanceMark } from '@/components/ui/stance-mark';

/** What each mark means, in the reader's words; shapes and colours as in the table. */
export function OverviewLegend({ texts }: { texts: ClaimTexts }) {
  const { t } = useTranslation();
  return (
    <div className="mt-1 flex flex-wrap items-baseline gap-x-2 text-xs text-stone-700">
      <h3 className="font-semibold">{t('overview.key')}:</h3>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {legendStances.map((stance) => (
          <li key={stance}>
            <StanceMark stance={stance} /> {texts.stance(stance)}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="font-bold text-stone-500">
            {noClaimGlyph}
          </span>{' '}
          {t('overview.noClaim')}
        </li>
      </ul>
    </div>
  );
}
