import '../../zod-without-eval';
import { lazySurface } from '../shared/lazy-surface';
import { mountTeamsSurface } from '../shared/mount-teams-surface';

const PersonalPage = lazySurface(() => import('./personal-page').then((m) => m.PersonalPage));

void mountTeamsSurface(() => <PersonalPage />);
