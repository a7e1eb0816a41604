import { Body1, Caption1 } from '@fluentui/react-components';
import type { StoryLead } from '../../domain/team-view';
import { formatDate } from '../../ui/format';
import { useSession } from '../session';
import { TeamSection, useTeamStyles } from './section';

/** Leads the PR team could tell, flagged in value-add notes: who heard them, from whom, when. */
export function StoryLeads({ leads }: { leads: readonly StoryLead[] }) {
  const { host } = useSession();
  const team = useTeamStyles();
  return (
    <TeamSection title="Story leads">
      {leads.length === 0 ? (
        <Caption1 className={team.muted}>No story leads in the notes yet.</Caption1>
      ) : (
        <ul className={team.list} aria-label="Story leads">
          {leads.map((l) => (
            <li key={`${l.clientEmail}|${l.meetingDate.toISOString()}|${l.lead}`}>
              <Body1>{l.lead}</Body1>
              <br />
              <Caption1 className={team.muted}>
                {l.authorName} heard it from {l.clientName}, {formatDate(l.meetingDate, host)} ({l.subject})
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </TeamSection>
  );
}
