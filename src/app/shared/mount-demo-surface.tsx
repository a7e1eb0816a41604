import type { ReactNode } from 'react';
import { createBrowserHost } from '../../hosts/browser-host';
import { mountSurface } from './mount-surface';

/** Renders a surface on the browser host, signed in to the demo tenant. */
export function mountDemoSurface(surface: ReactNode): void {
  const host = createBrowserHost();
  // Sign-in and the Graph layer load after the shell has painted.
  mountSurface(surface, host, () =>
    import('./create-demo-session').then((m) =>
      m.createDemoSession(host, window.location.origin, window.location.search),
    ),
  );
}
