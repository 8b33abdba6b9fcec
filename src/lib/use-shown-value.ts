import { useState } from 'react';

/**
 * What a control bound to the URL shows: the reader's choice at once, then the URL's value
 * whenever that changes. The router applies a new location in a React transition, which a
 * busy phone (or a loaded test machine) can hold back for a while: a checkbox bound to the URL
 * alone stayed unticked after its click until then, and a second click could undo the first.
 */
export function useShownValue<T>(value: T): [T, (shown: T) => void] {
  const [shown, setShown] = useState(value);
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    setShown(value);
  }
  return [shown, setShown];
}
