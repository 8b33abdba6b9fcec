import { useEffect } from 'react';
import { whenIdle } from '@/lib/when-idle';
import { showJsonLd } from '../components/json-ld-script';

/**
 * Keeps the page's schema.org graph that of the view on screen: set while the
 * comparison is mounted, replaced when it shows another event or corpus,
 * removed when the reader leaves. `graphText` (undefined: not ready yet,
 * leave none) is called once the browser is idle: serialising a large
 * event's graph is work no reader waits for, so it never holds up the frame
 * that shows the comparison. A new `graphText` must mean a new graph.
 */
export function useEventJsonLd(graphText: (() => string) | undefined) {
  useEffect(() => {
    if (graphText === undefined) return undefined;
    let leave: (() => void) | undefined;
    const cancel = whenIdle(() => {
      leave = showJsonLd(document, graphText());
    });
    return () => {
      cancel();
      leave?.();
    };
  }, [graphText]);
}
