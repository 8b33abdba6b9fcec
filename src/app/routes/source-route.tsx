import { useParams } from '@tanstack/react-router';
import { SourceView } from '@/features/sources/components/source-view';

export function SourceRoute() {
  const { sourceId } = useParams({ from: '/sources/$sourceId' });
  return <SourceView sourceId={sourceId} />;
}
