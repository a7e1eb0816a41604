import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeGraphError } from '../../graph/graph-errors';
import { ErrorState } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { HealthCheckView, healthTally } from './health-check-view';
import { MendStore } from './mend-store';
import { runHealthCheck } from './run-health-check';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The health check with its heading and what it looks at, as a page's section. */
export function HealthCheckSection() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="health-check-heading">
      <Subtitle1 as="h2" id="health-check-heading">
        Tenant health check
      </Subtitle1>
      <Caption1 className={styles.muted}>
        Who you are signed in as and with which permissions, and whether the directory, mail search, your
        teammates’ calendars, Microsoft To Do and the team store’s lists are as Home Turf needs them.
      </Caption1>
      <HealthCheckPanel />
    </section>
  );
}

/** Runs the health check for the session's sign-in and team store, and shows its rows. */
export function HealthCheckPanel() {
  const session = useSession();
  const styles = useStyles();
  // What mending the lists did, said above the check run after it.
  const [mended, setMended] = useState<string | null>(null);
  const result = useAsync(
    () =>
      runHealthCheck({
        graph: session.graph,
        signIn: session.signIn,
        store: session.store,
        storeProblem: session.storeProblem,
        now: session.now(),
      }),
    'health-check',
  );
  if (result.status === 'loading') return <Spinner label="Checking this tenant…" />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title="The health check could not run"
        message={describeGraphError(result.error)}
        onRetry={result.retry}
      />
    );
  }
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Body1 className={styles.grow} role="status">
          {healthTally(result.value)}.
        </Body1>
        <Button onClick={result.retry}>Check again</Button>
      </div>
      <Caption1>The check only reads: it changes nothing in Microsoft 365.</Caption1>
      {mended !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{mended}</MessageBarBody>
        </MessageBar>
      )}
      {session.store !== null &&
        result.value.some((r) => r.id.startsWith('list:') && r.status !== 'pass') && (
          <MendStore
            graph={session.graph}
            site={session.store}
            onMended={(done) => {
              setMended(done);
              result.retry();
            }}
          />
        )}
      <HealthCheckView rows={result.value} />
    </div>
  );
}
