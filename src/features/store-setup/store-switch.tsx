import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import { useSession } from '../session';

// On demand: the menu, and the look-up of the advisor's teams, load when the advisor asks to switch.
const StoreSwitchMenu = lazy(() =>
  import(/* webpackChunkName: "on-demand-store-switch" */ './store-switch-menu').then((module) => ({
    default: module.StoreSwitchMenu,
  })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Which team's store the surface shows, and the way to another, for an advisor in more than one
 * comms team; nothing for an advisor with one.
 */
export function StoreSwitch() {
  const session = useSession();
  const styles = useStyles();
  const [asked, setAsked] = useState(false);
  const storeSwitch = session.storeSwitch;
  if (storeSwitch === undefined || !storeSwitch.offered) return null;
  const button = (
    <Button
      size="small"
      appearance="transparent"
      disabled={asked}
      onClick={() => {
        setAsked(true);
      }}
    >
      Switch team
    </Button>
  );
  return (
    <div className={styles.root}>
      <Caption1 className={styles.name}>
        <span className={styles.muted}>Team: </span>
        {session.store?.displayName ?? 'your team'}
      </Caption1>
      {asked ? (
        <Suspense fallback={button}>
          <StoreSwitchMenu storeSwitch={storeSwitch} />
        </Suspense>
      ) : (
        button
      )}
    </div>
  );
}
