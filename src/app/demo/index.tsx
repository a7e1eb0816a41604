import '../../zod-without-eval';
import { lazySurface } from '../shared/lazy-surface';
import { mountDemoSurface } from '../shared/mount-demo-surface';

const DemoOutlook = lazySurface(() => import('./demo-outlook').then((m) => m.DemoOutlook));

mountDemoSurface(<DemoOutlook />);
