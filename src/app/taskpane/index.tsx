import { mountDemoSurface } from '../shared/mount-demo-surface';
import { Taskpane } from './taskpane';

mountDemoSurface(<Taskpane />);
