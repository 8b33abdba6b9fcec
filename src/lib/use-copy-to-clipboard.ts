import { useEffect, useRef, useState } from 'react';

/** `failed` carries the text, so the caller can show it to copy by hand. */
type ClipboardState<Other extends { kind: string }> =
  { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string } | Other;

interface CopyToClipboardOptions {
  /**
   * How long a confirmation stays before the state returns to idle, so that
   * copying again is announced again. Without it, the confirmation stays.
   */
  fadeAfter?: number | undefined;
}

/**
 * Copy text, and say how it went: idle → copied, or failed with the text to
 * copy by hand. `Other` adds the caller's own outcomes (a share sheet used, a
 * link too large), reported through `show`; they fade like a confirmation.
 */
export function useCopyToClipboard<Other extends { kind: string } = never>({
  fadeAfter,
}: CopyToClipboardOptions = {}) {
  const [state, setState] = useState<ClipboardState<Other>>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const show = (next: ClipboardState<Other>) => {
    window.clearTimeout(timer.current);
    setState(next);
    // A failure keeps its copy-by-hand field until the reader closes it.
    if (next.kind === 'idle' || next.kind === 'failed' || fadeAfter === undefined) return;
    timer.current = window.setTimeout(() => {
      setState({ kind: 'idle' });
    }, fadeAfter);
  };

  // The write starts before the first await, so it runs inside the click's user activation.
  const copy = async (text: string) => {
    try {
      // Not optional chaining: a missing clipboard API (an insecure origin) must land in `failed`.
      await navigator.clipboard.writeText(text);
      show({ kind: 'copied' });
    } catch {
      show({ kind: 'failed', text });
    }
  };

  const reset = () => {
    show({ kind: 'idle' });
  };

  return { state, copy, show, reset };
}
