import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { ActorPage } from '@/features/actors/components/actor-page';

export function ActorRoute() {
  const { actorId } = useParams({ from: '/actors/$actorId' });
  const members = useSearch({ from: '/actors/$actorId', select: (search) => search.members });
  const navigate = useNavigate({ from: '/actors/$actorId' });
  return (
    <ActorPage
      actorId={actorId}
      withMembers={members !== 'exclude'}
      onWithMembersChange={(withMembers) => {
        // A history entry per choice: Back returns to the view the reader had.
        void navigate({
          search: (previous) => ({
            ...previous,
            members: withMembers ? undefined : ('exclude' as const),
          }),
          resetScroll: false,
        });
      }}
    />
  );
}
