import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../../hosts/browser-host';
import { AppShell } from './app-shell';
import { createDemoSession } from './create-demo-session';

/** Renders a surface into `#root` on the browser host, signed in to the demo tenant. */
export function mountDemoSurface(surface: ReactNode): void {
  const host = createBrowserHost();
  const start = () => createDemoSession(host, window.location.origin, window.location.search);
  const container = document.getElementById('root');
  if (container === null) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <AppShell theme={host.theme} start={start}>
      {surface}
    </AppShell>,
  );
}
