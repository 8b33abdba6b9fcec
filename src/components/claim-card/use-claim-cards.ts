import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventShard } from '@/corpus/shards';
import { useLanguage } from '@/lib/use-language';
import { claimTexts } from './claim-texts';

/**
 * What every card of one event shares, built once per view rather than per card: the
 * translated words (cards never ask i18next themselves) and the event's scopes by id.
 */
export function useClaimCards(shard: EventShard) {
  const { t } = useTranslation();
  const language = useLanguage();
  const texts = useMemo(() => claimTexts(t, language), [t, language]);
  const scopes = useMemo(
    () => new Map(shard.event.scopes.map((scope) => [scope.id, scope])),
    [shard],
  );
  return { texts, scopes, language };
}
