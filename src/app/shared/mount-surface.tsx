import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Session } from '../../features/session';
import type { Host } from '../../hosts/host';
import { AppShell } from './app-shell';

/** Renders a surface into `#root`: theme, error boundary and the session `start` signs in to. */
export function mountSurface(surface: ReactNode, host: Host, start: () => Promise<Session>): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The page has no #root element.');
  createRoot(container).render(
    <AppShell theme={host.theme} onThemeChange={host.onThemeChange?.bind(host)} start={start}>
      {surface}
    </AppShell>,
  );
}
