import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isolate } from '@/lib/bidi-isolate';
import { corpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { actorProfile } from '../utils/actor-profile';
import { ActorClaims } from './actor-claims';
import { ActorIdentity } from './actor-identity';

interface ActorPageProps {
  actorId: string;
  /** With every body that belongs to it (the default), or the party alone. */
  withMembers: boolean;
  onWithMembersChange: (withMembers: boolean) => void;
}

/** One party: who it is, and everything it (and the bodies that belong to it) said. */
export function ActorPage({ actorId, withMembers, onWithMembersChange }: ActorPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const index = useCorpusIndex();
  const lookups = index.data ? corpusLookups(index.data) : undefined;
  const profile =
    index.data && lookups ? actorProfile(index.data, lookups, actorId, { withMembers }) : undefined;
  useDocumentTitle(profile ? localized(profile.actor.name, language) : undefined);

  if (index.isPending) return <LoadingState />;
  if (index.isError) {
    return <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />;
  }
  if (!profile || !lookups) {
    return (
      <NotFoundPage
        title={t('actors.notFoundTitle')}
        body={t('actors.notFoundBody', { id: isolate(actorId) })}
      />
    );
  }
  return (
    <article aria-labelledby="actor-title" className="space-y-8">
      <ActorIdentity profile={profile} onWithMembersChange={onWithMembersChange} />
      <ActorClaims profile={profile} lookups={lookups} />
    </article>
  );
}
