import { useEffect } from 'react';
import { showJsonLd } from '../components/json-ld-script';

/**
 * Keeps the page's schema.org graph that of the view on screen: set while the
 * comparison is mounted, replaced when it shows another event or corpus,
 * removed when the reader leaves. Undefined text (not ready yet) leaves none.
 */
export function useEventJsonLd(text: string | undefined) {
  useEffect(() => {
    if (text === undefined) return undefined;
    return showJsonLd(document, text);
  }, [text]);
}
