import { Link } from '@tanstack/react-router';
import type { Actor } from '@/corpus/schema';
import { paths } from '@/config/paths';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';

interface ActorLinksProps {
  actors: readonly Actor[];
  /** An affiliation chain reads "base › army › ministry"; a member list is just a list. */
  chain?: boolean;
}

/** Links to other parties' pages, so a reader can walk the affiliation tree. */
export function ActorLinks({ actors, chain = false }: ActorLinksProps) {
  const language = useLanguage();
  return (
    <ul className="flex flex-wrap gap-x-2 gap-y-1">
      {actors.map((actor, position) => (
        <li key={actor.id} className="flex items-center gap-x-2">
          {chain && position > 0 ? (
            <span aria-hidden="true" className="inline-block text-stone-500 rtl:rotate-180">
              ›
            </span>
          ) : null}
          <Link
            to={paths.actor.path}
            params={{ actorId: actor.id }}
            className="text-teal-800 underline hover:text-teal-950"
          >
            {localized(actor.name, language)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
