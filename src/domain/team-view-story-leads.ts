import { type TeamData, clientsByEmail, emailKey, memberNames } from './team-view-data';

/** A story the PR team could tell, flagged in a value-add note. */
export type StoryLead = {
  lead: string;
  clientEmail: string;
  /** The client's name, else their address when they are no longer listed. */
  clientName: string;
  authorEmail: string | null;
  /** The author's name from the team, else their address; null when the note names no author. */
  authorName: string | null;
  meetingDate: Date;
  /** The subject of the meeting it was heard in. */
  subject: string;
};

/** Every story lead in the notes, newest first; a blank lead is no lead. */
export function storyLeads(data: TeamData): StoryLead[] {
  const clients = clientsByEmail(data.clients);
  const names = memberNames(data.team);
  const leads: StoryLead[] = [];
  for (const note of data.notes) {
    const lead = note.storyLead?.trim() ?? '';
    if (lead === '') continue;
    const clientEmail = emailKey(note.clientEmail);
    const authorEmail = note.authorEmail === undefined ? null : emailKey(note.authorEmail);
    leads.push({
      lead,
      clientEmail,
      clientName: clients.get(clientEmail)?.displayName ?? clientEmail,
      authorEmail,
      authorName: authorEmail === null ? null : (names.get(authorEmail) ?? authorEmail),
      meetingDate: note.meetingDate,
      subject: note.subject,
    });
  }
  return leads.sort(
    (a, b) => b.meetingDate.getTime() - a.meetingDate.getTime() || a.clientName.localeCompare(b.clientName),
  );
}
