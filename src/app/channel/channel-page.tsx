import {
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { Account } from '../../features/account/account';
import { HealthCheck } from '../../features/health-check/health-check';
import { useSession } from '../../features/session';
import { StoreSetup } from '../../features/store-setup/store-setup';
import { TeamView } from '../../features/team-view/team-view';
import { TeamEditors } from './team-editors';
import type { TeamsTeam } from '../../hosts/teams/teams-host';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '1400px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  title: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The comms team's channel tab: set-up of the team store in the team's site when it is missing,
 * why the store cannot be opened when it cannot, the team view with its editors, and the tenant
 * health check. `team` is null outside Teams (the demo).
 */
export function ChannelPage({ team }: { team: TeamsTeam | null }) {
  const session = useSession();
  const styles = useStyles();
  const [storeGeneration, setStoreGeneration] = useState(0);
  const storeReady = useCallback(() => {
    setStoreGeneration((n) => n + 1);
  }, []);
  const teamName = team?.displayName ?? 'the comms team';
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Title3 as="h1">Home Turf for {teamName}</Title3>
          <Caption1 className={styles.muted}>
            {session.store === null
              ? 'The team store is not available.'
              : `The team store is kept in ${session.store.displayName ?? 'the team site'}.`}
          </Caption1>
        </div>
        <Account />
      </header>
      <Divider />
      {session.storeProblem !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The team store cannot be opened</MessageBarTitle>
            {session.storeProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      <StoreSetup onReady={storeReady} />
      {session.store !== null && (
        <TeamView reloadKey={storeGeneration} toolbar={<TeamEditors onSaved={storeReady} />} />
      )}
      <Divider />
      <HealthCheck />
    </main>
  );
}
