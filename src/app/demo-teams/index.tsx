import '../../zod-without-eval';
import { lazySurface } from '../shared/lazy-surface';
import { mountDemoSurface } from '../shared/mount-demo-surface';

const DemoTeams = lazySurface(() => import('./demo-teams').then((m) => m.DemoTeams));

mountDemoSurface(<DemoTeams />);
