import { parseRootSearch, type RootSearch } from '@/lib/url-search';

export interface WorkbenchSearch extends RootSearch {
  /** The draft open in the workbench, so a reload reopens it. */
  draft?: string;
}

const draftId = /^[A-Za-z0-9-]{1,64}$/;

/** Parses raw search params; a malformed draft id is dropped, and the list of drafts shows. */
export function parseWorkbenchSearch(raw: Record<string, unknown>): WorkbenchSearch {
  const { draft } = raw;
  return {
    ...parseRootSearch(raw),
    ...(typeof draft === 'string' && draftId.test(draft) ? { draft } : {}),
  };
}
