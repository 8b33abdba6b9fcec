import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { EventShard } from '@/corpus/shards';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { useLanguage } from '@/lib/use-language';
import { claimTexts } from './claim-texts';

/**
 * What every card of one event shares, built once per view rather than per card: the
 * translated words (cards never ask i18next themselves), the event's scopes by id,
 * and the builder of in-app addresses (cards never build a router location each).
 */
export function useClaimCards(shard: EventShard) {
  const { t } = useTranslation();
  const language = useLanguage();
  const texts = useMemo(() => claimTexts(t, language), [t, language]);
  const scopes = useMemo(
    () => new Map(shard.event.scopes.map((scope) => [scope.id, scope])),
    [shard],
  );
  const hrefOf = useAppHref();
  return { texts, scopes, language, hrefOf };
}
