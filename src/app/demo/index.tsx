import { mountDemoSurface } from '../shared/mount-demo-surface';
import { DemoOutlook } from './demo-outlook';

mountDemoSurface(<DemoOutlook />);
