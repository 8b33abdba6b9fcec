import { Fragment } from 'react';
import { AppAnchor } from '@/components/ui/app-anchor';
import type { LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { listFormat } from '@/lib/intl-formatters';
import { intlLocale } from '@/lib/intl-locale';

/**
 * "A, B and C" with each name a link to its party page: the list is formatted
 * by the language's own rules, then each placeholder becomes a link. Plain
 * anchors (AppAnchor): an event list shows dozens of these lists at once.
 */
export function PartyLinkList({
  parties,
  nameOf,
  language,
  articleOf,
}: {
  parties: readonly string[];
  nameOf: (actorId: string) => string;
  language: LanguageCode;
  /** Words before a name, outside its link, where a sentence needs them ("the "). */
  articleOf?: ((actorId: string, position: number) => string) | undefined;
}) {
  const hrefOf = useAppHref();
  const parts = listFormat(intlLocale[language], {
    style: 'long',
    type: 'conjunction',
  }).formatToParts(parties.map((_, position) => String(position)));
  return parts.map((part, position) => {
    const index = Number(part.value);
    const actorId = part.type === 'element' ? parties[index] : undefined;
    return actorId === undefined ? (
      <Fragment key={position}>{part.value}</Fragment>
    ) : (
      <Fragment key={position}>
        {articleOf?.(actorId, index)}
        <AppAnchor
          href={hrefOf(paths.actor.getHref(actorId))}
          className="font-medium text-teal-800 underline hover:text-teal-950"
        >
          <bdi>{nameOf(actorId)}</bdi>
        </AppAnchor>
      </Fragment>
    );
  });
}
