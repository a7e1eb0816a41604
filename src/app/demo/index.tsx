import { createRoot } from 'react-dom/client';
import { createBrowserHost } from '../../hosts/browser-host';
import { AppShell } from '../shared/app-shell';
import { createDemoSession } from '../shared/create-demo-session';
import { DemoOutlook } from './demo-outlook';

const host = createBrowserHost();
const start = () => createDemoSession(host, window.location.origin);
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <AppShell theme={host.theme} start={start}>
    <DemoOutlook />
  </AppShell>,
);
