import { useParams } from '@tanstack/react-router';
import { ActorPage } from '@/features/actors/components/actor-page';

export function ActorRoute() {
  const { actorId } = useParams({ from: '/actors/$actorId' });
  return <ActorPage actorId={actorId} />;
}
