import {
  Avatar,
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { AdvisorWeek, DoubleBooking } from '../../domain/team-view';
import { useSession } from '../session';
import { TeamSection, useTeamStyles } from './section';

/** Who in the team meets which client this week, and where two advisors meet the same person. */
export function ThisWeek({
  weeks,
  doubles,
}: {
  weeks: readonly AdvisorWeek[];
  doubles: readonly DoubleBooking[];
}) {
  const { host } = useSession();
  const team = useTeamStyles();
  const when = (d: Date) =>
    new Intl.DateTimeFormat(host.locale, {
      timeZone: host.timeZone,
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).format(d);
  return (
    <TeamSection title="This week">
      {doubles.map((d) => (
        <MessageBar key={d.clientEmail} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {d.clientName} meets {d.advisors.join(' and ')} this week
            </MessageBarTitle>
            Agree who brings what, so {d.clientName} does not hear the same message twice:{' '}
            {d.meetings.map((m) => `${m.advisorName} — ${m.subject} (${when(m.start)})`).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      ))}
      <ul className={team.list} aria-label="Meetings with clients this week, by advisor">
        {weeks.map((w) => (
          <li key={w.advisorEmail}>
            <div className={team.head}>
              <Avatar name={w.advisorName} size={24} aria-hidden />
              <Body1>
                <strong>{w.advisorName}</strong>
              </Body1>
            </div>
            {w.meetings.length === 0 ? (
              <Caption1 className={team.muted}>No client meetings this week.</Caption1>
            ) : (
              <ul className={team.list}>
                {w.meetings.map((m) => (
                  <li key={`${m.subject}|${m.start.toISOString()}`}>
                    <Caption1>
                      {when(m.start)} · {m.clients.map((c) => c.name).join(', ')} — {m.subject}
                    </Caption1>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </TeamSection>
  );
}
