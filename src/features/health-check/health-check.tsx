import { Button, Spinner, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';

// On demand: an admin opens the check now and then; no page loads its code before they ask.
const HealthCheckSection = lazy(() =>
  import(/* webpackChunkName: "on-demand-health-check" */ './health-check-panel').then((m) => ({
    default: m.HealthCheckSection,
  })),
);

const useStyles = makeStyles({ start: { alignSelf: 'flex-start' } });

/**
 * "Tenant health check": for an admin setting Home Turf up, or an advisor who finds something
 * missing. Until asked for it is one button; the check and its code load when it is chosen.
 */
export function HealthCheck() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button
        className={styles.start}
        onClick={() => {
          setOpen(true);
        }}
      >
        Tenant health check
      </Button>
    );
  }
  return (
    <Suspense fallback={<Spinner label="Checking this tenant…" />}>
      <HealthCheckSection />
    </Suspense>
  );
}
