import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { directionOf } from '@/config/languages';
import { paths } from '@/config/paths';
import { localized } from '@/lib/localized';
import { partySideText, partySideWords } from '@/lib/party-side';
import { useLanguage } from '@/lib/use-language';
import type { ActorProfile } from '../utils/actor-profile';
import { ActorAliases } from './actor-aliases';
import { ActorLinks } from './actor-links';
import { MembershipSwitch } from './membership-switch';
import { buttonClassName } from '@/components/ui/button';

interface ActorIdentityProps {
  profile: ActorProfile;
  onWithMembersChange: (withMembers: boolean) => void;
}

const termClass = 'text-sm font-semibold text-stone-700';

/** The party's kind, side, affiliation both ways and names, and a way into its events. */
export function ActorIdentity({ profile, onWithMembersChange }: ActorIdentityProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, affiliation, members, events, memberCount, withMembers } = profile;
  const sideText = partySideText(actor, profile.side, partySideWords(t, language));
  const otherLanguage = language === 'ar' ? 'en' : 'ar';

  return (
    <header>
      <p className="text-sm font-medium text-teal-800">
        {t('actors.kicker')} · {t(`actors.kind.${actor.kind}`)}
      </p>
      <h1 id="actor-title" className="mt-1 text-2xl font-bold">
        {localized(actor.name, language)}
      </h1>
      <p className="text-stone-700">
        <span lang={otherLanguage} dir={directionOf(otherLanguage)}>
          {actor.name[otherLanguage]}
        </span>
      </p>
      {actor.description ? (
        <p className="mt-3 max-w-3xl text-stone-800">{localized(actor.description, language)}</p>
      ) : null}
      <h2 className="sr-only">{t('actors.identity')}</h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className={termClass}>{t('actors.side')}</dt>
        <dd>{sideText}</dd>
        {affiliation.length > 0 ? (
          <>
            <dt className={termClass}>{t('actors.partOf')}</dt>
            <dd>
              <ActorLinks actors={affiliation} chain />
            </dd>
          </>
        ) : null}
        {members.length > 0 ? (
          <>
            <dt className={termClass}>{t('actors.members')}</dt>
            <dd>
              <ActorLinks actors={members} />
            </dd>
          </>
        ) : null}
        <dt className={termClass}>{t('actors.aliases')}</dt>
        <dd>
          <ActorAliases aliases={actor.aliases} />
        </dd>
      </dl>
      {memberCount > 0 ? (
        <MembershipSwitch
          memberCount={memberCount}
          withMembers={withMembers}
          onChange={onWithMembersChange}
        />
      ) : null}
      {events.length > 0 ? (
        // The list reads the same choice: `actors=id` rolls members up, `members=exclude` does not.
        <Link
          to={paths.home.path}
          search={{ actors: [actor.id], ...(withMembers ? {} : { members: 'exclude' as const }) }}
          className={buttonClassName({ variant: 'primary', size: 'md', className: 'mt-5' })}
        >
          {t('actors.seeEvents', { count: events.length })}
        </Link>
      ) : null}
    </header>
  );
}
