import { useParams } from '@tanstack/react-router';
import { ActorPage } from '@/features/actors/components/actor-page';
import { useLanguage } from '../use-language';

export function ActorRoute() {
  const { actorId } = useParams({ from: '/actors/$actorId' });
  const language = useLanguage();
  return <ActorPage actorId={actorId} language={language} />;
}
