import type { ReactNode } from 'react';
import { createBrowserHost } from '../../hosts/browser-host';
import { createDemoSession } from './create-demo-session';
import { mountSurface } from './mount-surface';

/** Renders a surface on the browser host, signed in to the demo tenant. */
export function mountDemoSurface(surface: ReactNode): void {
  const host = createBrowserHost();
  mountSurface(surface, host, () => createDemoSession(host, window.location.origin, window.location.search));
}
