import { mountDemoSurface } from '../shared/mount-demo-surface';
import { DemoTeams } from './demo-teams';

mountDemoSurface(<DemoTeams />);
