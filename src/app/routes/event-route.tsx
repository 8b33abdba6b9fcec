import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { ComparisonView } from '@/features/compare/components/comparison-view';
import { ComparisonExports } from '@/features/exports/components/comparison-exports';
import { LocatorMap } from '@/features/map/components/locator-map';
import { parseCompareSearch } from '@/features/compare/utils/compare-search';
import { EventShareActions } from '../event-share-actions';

export function EventRoute() {
  const { eventId } = useParams({ from: '/events/$eventId' });
  // The router can hand back raw keys its validator dropped (`?text=garbage`):
  // parse again so every value read here is one the schema accepted.
  const search = parseCompareSearch(useSearch({ from: '/events/$eventId' }));
  const navigate = useNavigate({ from: '/events/$eventId' });

  return (
    <ComparisonView
      eventId={eventId}
      requestedActors={search.actors}
      textMode={search.text ?? 'both'}
      // Committed choices, like the list's filters: each is a history entry, so Back
      // undoes the last hide, reorder, text mode or focus toggle rather than leaving the event.
      // The page stays where the reader is (the controls sit above a long grid).
      onTextModeChange={(mode) => {
        void navigate({
          search: { ...search, text: mode === 'both' ? undefined : mode },
          resetScroll: false,
        });
      }}
      onPartiesChange={(actors) => {
        void navigate({ search: { ...search, actors }, resetScroll: false });
      }}
      questionFocus={search.questions ?? 'all'}
      onQuestionFocusChange={(focus) => {
        void navigate({
          search: { ...search, questions: focus === 'all' ? undefined : focus },
          resetScroll: false,
        });
      }}
      emptyCells={search.empty ?? 'show'}
      onEmptyCellsChange={(cells) => {
        void navigate({
          search: { ...search, empty: cells === 'show' ? undefined : cells },
          resetScroll: false,
        });
      }}
      headerActions={<EventShareActions eventId={eventId} />}
      renderAccountActions={(shown) => <ComparisonExports {...shown} />}
      renderPlaces={(places) => <LocatorMap places={places} />}
    />
  );
}
