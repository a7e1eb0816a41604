import { mountTeamsSurface } from '../shared/mount-teams-surface';
import { PersonalPage } from './personal-page';

void mountTeamsSurface(() => <PersonalPage />);
