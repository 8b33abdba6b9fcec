import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { ComparisonView } from '@/features/compare/components/comparison-view';
import { useLanguage } from '../use-language';

export function EventRoute() {
  const { eventId } = useParams({ from: '/events/$eventId' });
  const search = useSearch({ from: '/events/$eventId' });
  const navigate = useNavigate({ from: '/events/$eventId' });
  const language = useLanguage();

  return (
    <ComparisonView
      eventId={eventId}
      language={language}
      requestedActors={search.actors}
      textMode={search.text ?? 'both'}
      onTextModeChange={(mode) => {
        void navigate({
          search: (previous) => ({ ...previous, text: mode === 'both' ? undefined : mode }),
          replace: true,
        });
      }}
    />
  );
}
