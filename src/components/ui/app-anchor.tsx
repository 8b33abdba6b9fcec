import { useRouter } from '@tanstack/react-router';
import type { ComponentProps, MouseEvent } from 'react';

type AppAnchorProps = ComponentProps<'a'> & { href: string };

/** A click the browser should handle itself: a new tab or window, a download, another target. */
function opensElsewhere(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    (event.currentTarget.target !== '' && event.currentTarget.target !== '_self')
  );
}

/** How long a page readied on hover or focus stays ready, as far as the links are concerned. */
const PRELOAD_FRESH_MS = 10_000;

/**
 * The page last readied, and when: a pointer that hovers a link then presses it readies it on
 * `pointerenter` and again on the press's `focus`, one right after the other (on a touch screen,
 * both at the tap), and the second only repeats the router's work on the way to the click.
 */
let lastPreload: { href: string; at: number } | undefined;

/**
 * An in-app link as a plain `<a>` with a ready address (useAppHref): the
 * router takes the click, as it does a <Link>'s, and readies the page on
 * hover or focus, as defaultPreload 'intent' does; a modified click opens a
 * tab like any link. For views with hundreds of links; elsewhere use <Link>.
 */
export function AppAnchor({ href, onClick, children, ...props }: AppAnchorProps) {
  const router = useRouter();
  const preload = () => {
    const now = performance.now();
    if (lastPreload?.href === href && now - lastPreload.at < PRELOAD_FRESH_MS) return;
    lastPreload = { href, at: now };
    // The router reads the destination from href; its types still ask for a `to`.
    router.preloadRoute({ to: '.', href }).catch(() => undefined);
  };
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || opensElsewhere(event)) return;
        event.preventDefault();
        void router.navigate({ href });
      }}
      onPointerEnter={preload}
      onFocus={preload}
      {...props}
    >
      {children}
    </a>
  );
}
