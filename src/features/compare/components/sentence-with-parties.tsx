import { Fragment } from 'react';
import type { LanguageCode } from '@/config/languages';
import { PartyLinkList } from '@/components/party-link-list';
import { takesDefiniteArticle } from '@/lib/english-article';

/**
 * A translated sentence's stand-in for the n-th list of parties: characters of
 * Unicode's private use area, which no translation or party name contains.
 */
export function partySlot(position: number): string {
  return `\uE000${String(position)}\uE001`;
}

const slotPattern = /\uE000(\d+)\uE001/;

/**
 * A sentence translated with `partySlot` in place of each list of parties,
 * shown with every party's name a link to its page. The words stay the
 * catalogue's (and React text, never HTML); only the names become links.
 */
export function SentenceWithParties({
  text,
  lists,
  nameOf,
  language,
}: {
  text: string;
  lists: readonly (readonly string[])[];
  nameOf: (actorId: string) => string;
  language: LanguageCode;
}) {
  // split() with a capture group: even pieces are text, odd ones a slot's number.
  const pieces = text.split(slotPattern);
  return pieces.map((piece, position) => {
    const parties = position % 2 === 1 ? lists[Number(piece)] : undefined;
    // English runs "the" before a body's name ("the Russian Ministry of Defence"), "The" when it opens the sentence.
    const opensSentence = position === 1 && pieces[0] === '';
    const articleOf =
      language === 'en'
        ? (actorId: string, index: number) =>
            takesDefiniteArticle(nameOf(actorId))
              ? opensSentence && index === 0
                ? 'The '
                : 'the '
              : ''
        : undefined;
    return parties === undefined ? (
      <Fragment key={position}>{position % 2 === 1 ? '' : piece}</Fragment>
    ) : (
      <PartyLinkList
        key={position}
        parties={parties}
        nameOf={nameOf}
        language={language}
        articleOf={articleOf}
      />
    );
  });
}
