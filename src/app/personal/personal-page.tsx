import { Divider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { Account } from '../../features/account/account';
import { AgendaView } from '../../features/agenda/agenda-view';
import { HealthCheck } from '../../features/health-check/health-check';
import { StoreSetup } from '../../features/store-setup/store-setup';
import { StoreSwitch } from '../../features/store-setup/store-switch';
import { MyWork } from '../../features/team-view/my-work';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '720px',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1 },
});

/**
 * The advisor's own tab in Teams: the coming client meetings with their prep state, my open
 * follow-ups and the clients I own waiting for an update; above them the offer to set Home Turf
 * up when the team site lacks the store's lists; below them the tenant health check.
 */
export function PersonalPage() {
  const styles = useStyles();
  // Bumped once the store is set up, so the agenda loads again with the team's records.
  const [storeGeneration, setStoreGeneration] = useState(0);
  const storeReady = useCallback(() => {
    setStoreGeneration((n) => n + 1);
  }, []);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Home Turf</Title3>
        <span className={styles.grow} />
        <Account />
      </header>
      <Divider />
      <StoreSwitch />
      <StoreSetup onReady={storeReady} />
      <AgendaView key={storeGeneration} />
      <MyWork key={`mine-${storeGeneration}`} />
      <Divider />
      <HealthCheck />
    </main>
  );
}
