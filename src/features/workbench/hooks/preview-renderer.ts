import { createContext, useContext, type ReactNode } from 'react';
import type { BuiltCorpus } from '@/corpus/compiler/build-shards';

/** One compile of the draft, and the event of it to show. */
export interface PreviewOf {
  corpus: BuiltCorpus;
  /** The check that compiled it: a new number is a new corpus. */
  revision: number;
  eventId: string;
}

/** Draws one event's comparison as a reader sees it. */
export type RenderPreview = (preview: PreviewOf) => ReactNode;

/**
 * The comparison view belongs to the compare feature, which the workbench never imports: the
 * app's workbench route provides it (src/app/draft-preview.tsx). Without it, no preview.
 */
export const PreviewRendererContext = createContext<RenderPreview | undefined>(undefined);

export function usePreviewRenderer(): RenderPreview | undefined {
  return useContext(PreviewRendererContext);
}
