import { EventList } from '@/features/events/components/event-list';
import { useLanguage } from '../use-language';

export function HomeRoute() {
  const language = useLanguage();
  return <EventList language={language} />;
}
