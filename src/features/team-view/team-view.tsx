import { Badge, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import {
  briefingFollowUps,
  campaignTimeline,
  clientRows,
  coverage,
  dayOfInZone,
  doubleBookings,
  storyLeads,
  thisWeek,
  valueDelivered,
} from '../../domain/team-view';
import { describeGraphError } from '../../graph/graph-errors';
import { ErrorState, LoadingRows, Warnings } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { CampaignsTimeline } from './campaigns-timeline';
import { ClientsTable } from './clients-table';
import { CoverageMap } from './coverage-map';
import { loadTeamView, type TeamView as Loaded } from './load-team-view';
import { StoryLeads } from './story-leads';
import { ThisWeek } from './this-week';
import { ValueDelivered } from './value-delivered';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  summary: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  columns: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
    alignItems: 'start',
  },
});

/**
 * The comms team's view of every client relationship: which are healthy, which are slipping,
 * which departments nobody talks to, who meets whom this week, campaigns coming, story leads and
 * the value delivered. `toolbar` holds the editors the surface offers; `reloadKey` loads again
 * after an edit.
 */
export function TeamView({ toolbar, reloadKey = 0 }: { toolbar?: ReactNode; reloadKey?: number }) {
  const session = useSession();
  const styles = useStyles();
  const state = useAsync(() => loadTeamView(session), `${session.me.id}|${reloadKey}`);
  return (
    <section aria-label="Team view" className={styles.root}>
      <div className={styles.summary}>
        <Title3 as="h1">Team view</Title3>
        {toolbar}
      </div>
      {state.status === 'loading' && (
        <LoadingRows label="Loading the team view" rows={4} onRetry={state.retry} />
      )}
      {state.status === 'error' && (
        <ErrorState
          title="The team view could not load"
          message={describeGraphError(state.error)}
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && <TeamParts view={state.value} />}
    </section>
  );
}

/** The six parts, computed from a loaded view (exported for the benchmark). */
export function TeamParts({ view }: { view: Loaded }) {
  const { host } = useSession();
  const styles = useStyles();
  const dayOf = useMemo(() => dayOfInZone(host.timeZone), [host.timeZone]);
  const { data, today } = view;
  const parts = useMemo(
    () => ({
      rows: clientRows(data, today, dayOf),
      coverage: coverage(data, today, dayOf),
      weeks: thisWeek(data, today, dayOf),
      doubles: doubleBookings(data, today, dayOf),
      campaigns: campaignTimeline(data, today),
      briefings: briefingFollowUps(data, today),
      leads: storyLeads(data),
      value: valueDelivered(data, dayOf),
    }),
    // reason: `dayOf` depends only on the zone, which `view` was loaded for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view],
  );
  const names = useMemo(
    () =>
      new Map([
        ...data.clients.map((c) => [c.email, c.displayName] as const),
        ...data.team.map((t) => [t.email, t.name] as const),
      ]),
    [data],
  );
  const atRisk = parts.rows.filter((r) => r.health === 'at-risk').length;
  const slipping = parts.rows.filter((r) => r.health === 'slipping').length;
  return (
    <>
      <Warnings problems={view.problems} />
      <div className={styles.summary} role="status">
        <Caption1>{parts.rows.length} clients</Caption1>
        <Badge appearance="tint" color="danger">
          {atRisk} at risk
        </Badge>
        <Badge appearance="tint" color="warning">
          {slipping} slipping
        </Badge>
        {parts.coverage.uncovered.length > 0 && (
          <Badge appearance="tint" color="danger">
            {parts.coverage.uncovered.length === 1
              ? '1 department'
              : `${parts.coverage.uncovered.length} departments`}{' '}
            without contact
          </Badge>
        )}
        {parts.doubles.length > 0 && (
          <Badge appearance="tint" color="warning">
            {parts.doubles.length === 1 ? '1 client' : `${parts.doubles.length} clients`} met by two advisors
            this week
          </Badge>
        )}
      </div>
      <ClientsTable rows={parts.rows} />
      <div className={styles.columns}>
        <ThisWeek weeks={parts.weeks} doubles={parts.doubles} />
        <CoverageMap coverage={parts.coverage} names={names} />
        <CampaignsTimeline lines={parts.campaigns} briefings={parts.briefings} names={names} />
        <StoryLeads leads={parts.leads} />
      </div>
      <ValueDelivered rows={parts.value} />
    </>
  );
}
