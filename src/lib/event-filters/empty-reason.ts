import { filterKeys, type FilterKey } from './filter-events';

export interface EmptyReason {
  /** The filters applied before it that still left events: the ones it was combined with. */
  combinedWith: FilterKey[];
  /** The filter that took the list to nothing. */
  emptiedBy: FilterKey;
}

/**
 * What emptied the list, as a reader should be told it: the filter that left
 * nothing together with the active filters applied before it (in `filterKeys`
 * order). Filters after it never saw an event, so they are not named.
 */
export function emptyReason(emptiedBy: FilterKey, active: readonly FilterKey[]): EmptyReason {
  const at = filterKeys.indexOf(emptiedBy);
  return {
    combinedWith: filterKeys.filter((key, position) => position < at && active.includes(key)),
    emptiedBy,
  };
}
