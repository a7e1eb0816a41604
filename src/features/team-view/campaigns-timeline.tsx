import { Badge, Body1, Caption1, ProgressBar } from '@fluentui/react-components';
import type { BriefingFollowUp, CampaignLine } from '../../domain/team-view';
import { formatDue } from '../../domain/talking-points';
import { useSession } from '../session';
import { TeamSection, useTeamStyles } from './section';

/** Horizon of the timeline: a campaign this far off or further shows an empty bar. */
const HORIZON_DAYS = 60;

/** Campaigns by go-live, with sign-off, departments affected and the briefings they call for. */
export function CampaignsTimeline({
  lines,
  briefings,
  names,
  actions,
}: {
  lines: readonly CampaignLine[];
  briefings: readonly BriefingFollowUp[];
  names: ReadonlyMap<string, string>;
  actions?: React.ReactNode;
}) {
  const { host } = useSession();
  const team = useTeamStyles();
  return (
    <TeamSection title="Campaigns" actions={actions}>
      <ul className={team.list} aria-label="Campaigns by go-live">
        {lines.map((l) => (
          <li key={l.campaign.id}>
            <div className={team.head}>
              <Body1 className={team.grow}>
                <strong>{l.campaign.name}</strong>
              </Body1>
              <Badge appearance="outline">{l.campaign.status}</Badge>
            </div>
            <Caption1 className={team.muted}>
              {l.campaign.signOff === null ? '' : `sign-off ${formatDue(l.campaign.signOff, host.locale)} · `}
              go-live {formatDue(l.campaign.goLive, host.locale)}
              {l.daysToGoLive >= 0 ? ` (in ${l.daysToGoLive} days)` : ' (live)'} ·{' '}
              {l.campaign.audiences.includes('*') ? 'every department' : l.campaign.audiences.join(', ')} ·{' '}
              {l.affectedClients.length} clients affected
            </Caption1>
            <ProgressBar
              aria-label={`${l.campaign.name}: days to go-live`}
              value={Math.max(0, Math.min(1, 1 - l.daysToGoLive / HORIZON_DAYS))}
              color={l.daysToGoLive <= 14 ? 'warning' : 'brand'}
            />
          </li>
        ))}
      </ul>
      {briefings.length > 0 && (
        <>
          <Body1>
            <strong>Briefings to plan</strong> — a follow-up for each affected client&apos;s owner
          </Body1>
          <ul className={team.list} aria-label="Briefing follow-ups">
            {byCampaign(briefings).map(({ text, due, owners }) => (
              <li key={text}>
                <Caption1>
                  {text}, by {formatDue(due, host.locale)}:{' '}
                  {[...owners]
                    .map(
                      ([owner, count]) =>
                        `${owner === null ? 'no owner' : (names.get(owner) ?? owner)} (${count})`,
                    )
                    .join(', ')}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </TeamSection>
  );
}

/** One line per campaign: its briefing, and how many clients each owner has to brief. */
function byCampaign(briefings: readonly BriefingFollowUp[]) {
  const groups = new Map<string, { text: string; due: string; owners: Map<string | null, number> }>();
  for (const b of briefings) {
    const group = groups.get(b.text) ?? {
      text: b.text,
      due: b.due,
      owners: new Map<string | null, number>(),
    };
    group.owners.set(b.ownerEmail, (group.owners.get(b.ownerEmail) ?? 0) + 1);
    if (b.due < group.due) group.due = b.due;
    groups.set(b.text, group);
  }
  return [...groups.values()];
}
