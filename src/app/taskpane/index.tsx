import '../../zod-without-eval';
import { lazySurface } from '../shared/lazy-surface';
import { mountDemoSurface } from '../shared/mount-demo-surface';

const Taskpane = lazySurface(() => import('./taskpane').then((m) => m.Taskpane));

mountDemoSurface(<Taskpane />);
