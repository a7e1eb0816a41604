import { addDays } from './agenda';
import { CAMPAIGN_WARNING_DAYS, daysBetween } from './client-prep';
import type { Campaign, ClientProfile, IsoDate } from './team-store';
import { type TeamData, departmentKey, departmentOf, emailKey, nameCollator } from './team-view-data';

/** A client a campaign touches, with who should brief them. */
export type AffectedClient = { email: string; name: string; ownerEmail: string | null };

/** A campaign on the team's timeline. */
export type CampaignLine = {
  campaign: Campaign;
  /** Negative once live. */
  daysToGoLive: number;
  /** Null when no sign-off date is set; negative once past. */
  daysToSignOff: number | null;
  /** By name. */
  affectedClients: AffectedClient[];
};

/** A "plan team briefings" follow-up to propose to a client's owner. */
export type BriefingFollowUp = {
  campaignId: string;
  clientEmail: string;
  /** Null when nobody owns the client: someone has to pick it up. */
  ownerEmail: string | null;
  text: string;
  due: IsoDate;
};

/** Days before go-live by which the client's teams should have been briefed. */
export const BRIEFING_LEAD_DAYS = 7;

/** The text of the briefing follow-up, the same every time so an existing one is recognised. */
export function briefingText(campaign: Campaign): string {
  return `Plan team briefings for ${campaign.name}`;
}

/**
 * Who each campaign touches: the clients of its audience departments (any case), every client for
 * `*`, whether or not a department is recorded for them.
 */
function audienceOf(clients: readonly ClientProfile[]): (campaign: Campaign) => AffectedClient[] {
  const byDepartment = new Map<string, ClientProfile[]>();
  for (const client of clients) {
    const department = departmentOf(client);
    if (department === null) continue;
    const key = departmentKey(department);
    const group = byDepartment.get(key);
    if (group === undefined) byDepartment.set(key, [client]);
    else group.push(client);
  }
  return (campaign) => {
    const touched = campaign.audiences.some((a) => a.trim() === '*')
      ? clients
      : [...new Set(campaign.audiences.flatMap((a) => byDepartment.get(departmentKey(a)) ?? []))];
    return touched
      .map((client) => ({
        email: emailKey(client.email),
        name: client.displayName,
        ownerEmail: client.ownerEmail === undefined ? null : emailKey(client.ownerEmail),
      }))
      .sort((a, b) => nameCollator.compare(a.name, b.name) || a.email.localeCompare(b.email));
  };
}

/**
 * Campaigns not yet done, by go-live (then name), with the days left to sign-off and go-live and
 * the clients they touch, so the team briefs those clients before employees hear from outside.
 */
export function campaignTimeline(data: TeamData, today: IsoDate): CampaignLine[] {
  const affected = audienceOf(data.clients);
  return data.campaigns
    .filter((c) => c.status !== 'Done')
    .sort((a, b) => a.goLive.localeCompare(b.goLive) || nameCollator.compare(a.name, b.name))
    .map((campaign) => ({
      campaign,
      daysToGoLive: daysBetween(today, campaign.goLive),
      daysToSignOff: campaign.signOff === null ? null : daysBetween(today, campaign.signOff),
      affectedClients: affected(campaign),
    }));
}

/**
 * One "plan team briefings" follow-up per client touched by a campaign going live between today
 * and `windowDays` from now, due a week before go-live (today when that has passed). A client whose
 * notes already hold an open follow-up with the same text is skipped: the briefing is planned. In
 * due order, then by client.
 */
export function briefingFollowUps(
  data: TeamData,
  today: IsoDate,
  windowDays = CAMPAIGN_WARNING_DAYS,
): BriefingFollowUp[] {
  const planned = new Set<string>();
  for (const note of data.notes)
    for (const f of note.followUps) if (!f.done) planned.add(`${emailKey(note.clientEmail)}\n${f.text}`);

  const last = addDays(today, windowDays);
  const affected = audienceOf(data.clients);
  const followUps: BriefingFollowUp[] = [];
  for (const campaign of data.campaigns) {
    if (campaign.status === 'Done' || campaign.goLive < today || campaign.goLive > last) continue;
    const text = briefingText(campaign);
    const byDue = addDays(campaign.goLive, -BRIEFING_LEAD_DAYS);
    const due = byDue < today ? today : byDue;
    for (const client of affected(campaign))
      if (!planned.has(`${client.email}\n${text}`))
        followUps.push({
          campaignId: campaign.id,
          clientEmail: client.email,
          ownerEmail: client.ownerEmail,
          text,
          due,
        });
  }
  return followUps.sort(
    (a, b) =>
      a.due.localeCompare(b.due) ||
      a.text.localeCompare(b.text) ||
      a.clientEmail.localeCompare(b.clientEmail),
  );
}
