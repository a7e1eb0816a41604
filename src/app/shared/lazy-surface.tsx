import { lazy, type ComponentType } from 'react';

/**
 * A surface whose code arrives after the page's first paint: the download starts at once, in
 * parallel with sign-in, and the shell shows its spinner until both are ready. Keeps the
 * JavaScript before first paint to React, Fluent's provider and the shell.
 */
export function lazySurface<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const loading = load().then((component) => ({ default: component }));
  return lazy(() => loading);
}
