import { mountTeamsSurface } from '../shared/mount-teams-surface';
import { ChannelPage } from './channel-page';

void mountTeamsSurface((team) => <ChannelPage team={team} />);
