import { Button, Caption1, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';

// On demand: an admin opens the check now and then; no page loads its code before they ask.
const HealthCheckPanel = lazy(() =>
  import(/* webpackChunkName: "on-demand-health-check" */ './health-check-panel').then((m) => ({
    default: m.HealthCheckPanel,
  })),
);

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  start: { alignSelf: 'flex-start' },
});

/**
 * "Tenant health check": for an admin setting Home Turf up, or an advisor who finds something
 * missing. The check and its code load when asked for.
 */
export function HealthCheck() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.section} aria-labelledby="health-check-heading">
      <Subtitle1 as="h2" id="health-check-heading">
        Tenant health check
      </Subtitle1>
      <Caption1 className={styles.muted}>
        Who you are signed in as and with which permissions, and whether the directory, mail search, your
        teammates’ calendars, Microsoft To Do and the team store’s lists are as Home Turf needs them.
      </Caption1>
      {open ? (
        <Suspense fallback={<Spinner label="Checking this tenant…" />}>
          <HealthCheckPanel />
        </Suspense>
      ) : (
        <Button
          className={styles.start}
          appearance="secondary"
          onClick={() => {
            setOpen(true);
          }}
        >
          Check this tenant
        </Button>
      )}
    </section>
  );
}
