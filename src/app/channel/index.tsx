import '../../zod-without-eval';
import { lazySurface } from '../shared/lazy-surface';
import { mountTeamsSurface } from '../shared/mount-teams-surface';

const ChannelPage = lazySurface(() => import('./channel-page').then((m) => m.ChannelPage));

void mountTeamsSurface((team) => <ChannelPage team={team} />);
