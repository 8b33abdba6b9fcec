import { useParams } from '@tanstack/react-router';
import { SourceView } from '@/features/sources/components/source-view';
import { useLanguage } from '../use-language';

export function SourceRoute() {
  const { sourceId } = useParams({ from: '/sources/$sourceId' });
  const language = useLanguage();
  return <SourceView sourceId={sourceId} language={language} />;
}
