import { Badge, Body1, Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { dayKey } from '../../domain/agenda';
import { openFollowUps } from '../../domain/client-prep';
import { formatDue } from '../../domain/talking-points';
import { briefingFollowUps, clientRows } from '../../domain/team-view';
import { describeGraphError } from '../../graph/graph-errors';
import { ErrorState, LoadingRows } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import { loadTeamView, type TeamView } from './load-team-view';
import { TeamSection, useTeamStyles } from './section';

/**
 * The advisor's own follow-ups (both ways, from their notes, plus campaign briefings for clients
 * they own) and the clients they own whose file has gone too long without an update.
 */
export function MyWork() {
  const session = useSession();
  const state = useAsync(() => loadTeamView(session), `${session.me.id}|mine`);
  if (state.status === 'loading')
    return <LoadingRows label="Loading your follow-ups" rows={2} onRetry={state.retry} />;
  if (state.status === 'error')
    return (
      <ErrorState
        title="Your follow-ups could not load"
        message={describeGraphError(state.error)}
        onRetry={state.retry}
      />
    );
  return <Mine view={state.value} />;
}

function Mine({ view }: { view: TeamView }) {
  const { me, host } = useSession();
  const team = useTeamStyles();
  const mine = useMemo(() => {
    const dayOf = (d: Date) => dayKey(d, host.timeZone);
    const names = new Map(view.data.clients.map((c) => [c.email, c.displayName]));
    const followUps = view.data.clients
      .filter((c) => c.ownerEmail === me.email)
      .flatMap((c) =>
        openFollowUps(
          view.data.notes.filter((n) => n.clientEmail === c.email && n.authorEmail === me.email),
          view.today,
        ).map((f) => ({ ...f, client: c.displayName })),
      );
    const briefings = briefingFollowUps(view.data, view.today).filter((b) => b.ownerEmail === me.email);
    const stale = clientRows(view.data, view.today, dayOf).filter(
      (r) => r.ownerEmail === me.email && r.updateStale,
    );
    return { followUps, briefings, stale, names };
  }, [view, me.email, host.timeZone]);
  return (
    <>
      <TeamSection title="My open follow-ups">
        {mine.followUps.length + mine.briefings.length === 0 ? (
          <Caption1 className={team.muted}>Nothing open.</Caption1>
        ) : (
          <ul className={team.list} aria-label="My open follow-ups">
            {mine.followUps.map((f) => (
              <li key={`${f.client}|${f.from}|${f.text}`}>
                <Body1>{f.text}</Body1>{' '}
                <Badge appearance="outline" size="small">
                  {f.owner === 'us' ? 'We owe' : `${f.client} owes`}
                </Badge>
                <br />
                <Caption1 className={f.overdue ? team.bad : team.muted}>
                  {f.client} ·{' '}
                  {f.due === null
                    ? 'no date'
                    : `${f.overdue ? 'was due' : 'due'} ${formatDue(f.due, host.locale)}`}
                </Caption1>
              </li>
            ))}
            {mine.briefings.map((b) => (
              <li key={`${b.clientEmail}|${b.text}`}>
                <Body1>{b.text}</Body1>
                <br />
                <Caption1 className={team.muted}>
                  {mine.names.get(b.clientEmail) ?? b.clientEmail} · by {formatDue(b.due, host.locale)}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </TeamSection>
      <TeamSection title="My clients waiting for an update">
        {mine.stale.length === 0 ? (
          <Caption1 className={team.muted}>Every client you own has heard from you lately.</Caption1>
        ) : (
          <ul className={team.list} aria-label="My clients waiting for an update">
            {mine.stale.map((r) => (
              <li key={r.email}>
                <Body1>{r.name}</Body1>
                <br />
                <Caption1 className={team.bad}>
                  {r.daysSinceUpdate === null
                    ? 'No update sent yet'
                    : `No update for ${r.daysSinceUpdate} days`}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </TeamSection>
    </>
  );
}
