import { useSyncExternalStore } from 'react';

/**
 * Below this width a table of many columns cannot be read (Teams on a phone is about 390 px,
 * Outlook's pane 320–350): views show their rows as cards instead, as Fluent and Teams apps do.
 */
export const NARROW_MAX_PX = 640;

const QUERY = `(max-width: ${NARROW_MAX_PX}px)`;

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQuery();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the page is narrower than NARROW_MAX_PX now; follows the width as it changes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery()?.matches ?? false,
    () => false,
  );
}
