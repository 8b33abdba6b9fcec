import { create } from 'zustand';

interface PreviewEventState {
  /** The event the preview shows, by id; undefined shows the draft's first event. */
  eventId: string | undefined;
  /** Shows this event in the preview: the claim form calls it for the event a claim went to. */
  show: (eventId: string) => void;
  reset: () => void;
}

/** Which of the draft's events the live preview shows: UI state, never in the URL. */
export const usePreviewEvent = create<PreviewEventState>()((set) => ({
  eventId: undefined,
  show: (eventId) => {
    set({ eventId });
  },
  reset: () => {
    set({ eventId: undefined });
  },
}));
