import { addDays } from './agenda';
import { DEFAULT_STALE_AFTER_DAYS, daysBetween, reviewFile } from './client-prep';
import type { IsoDate } from './team-store';
import {
  type DayOf,
  type TeamData,
  type TeamMeeting,
  departmentOf,
  emailKey,
  groupBy,
  memberNames,
} from './team-view-data';

/** How a client relationship is doing, at a glance. */
export type Health = 'healthy' | 'slipping' | 'at-risk';

/**
 * The thresholds of the health rule. A client is **at risk** when any of: no contact on record, or
 * none for `atRiskNoContactDays` days or more; `atRiskOursOverdue` or more of our follow-ups overdue;
 * an open item on their file not updated for more than `atRiskUpdateDays` days. Otherwise
 * **slipping** when any of: no contact for `slippingNoContactDays` days or more; one of our
 * follow-ups overdue; an open item stale (past the stale threshold, or never updated). Otherwise
 * **healthy**. The client's own overdue follow-ups never count against us: they are for the
 * advisor to chase, not a sign of our neglect.
 */
export const HEALTH_RULE = {
  atRiskNoContactDays: 45,
  atRiskOursOverdue: 2,
  atRiskUpdateDays: 30,
  slippingNoContactDays: 21,
  slippingOursOverdue: 1,
} as const;

/** Days of notes the "value added" count looks back over, today included. */
export const VALUE_ADD_WINDOW_DAYS = 90;
/** How many of the latest pulses the trend shows. */
export const PULSE_TREND_LENGTH = 6;

/** One client's line in the team tab's table. */
export type ClientRow = {
  email: string;
  name: string;
  department: string | null;
  ownerEmail: string | null;
  /** The owner's name from the team, else their address; null when nobody owns the client. */
  ownerName: string | null;
  /** The latest day of a past meeting or a note with the client. */
  lastContact: IsoDate | null;
  daysSinceContact: number | null;
  /** The latest update sent on any open item of their file. */
  lastUpdateSent: IsoDate | null;
  daysSinceUpdate: number | null;
  /** Some open item is past the stale threshold, or was never updated. */
  updateStale: boolean;
  followUps: { oursOverdue: number; theirsOverdue: number; open: number };
  /** Value offered (ideas, articles, insights…) in notes of the last 90 days. */
  valueAdds90: number;
  /** The latest pulses, oldest first. */
  pulseTrend: number[];
  nextMeeting: { start: Date; advisorName: string; subject: string } | null;
  health: Health;
  /** Why the client is slipping or at risk, worst first; empty when healthy. */
  healthReasons: string[];
};

/**
 * One row per client, in the clients' order. A meeting counts as contact once its day has come
 * (`today` included), and a meeting today is also the next meeting: without the time of day the
 * two cannot be told apart, and both readings are useful on the day.
 */
export function clientRows(
  data: TeamData,
  today: IsoDate,
  dayOf: DayOf,
  staleAfterDays = DEFAULT_STALE_AFTER_DAYS,
): ClientRow[] {
  const notesByClient = groupBy(data.notes, (n) => emailKey(n.clientEmail));
  const itemsByClient = groupBy(data.fileItems, (i) => emailKey(i.clientEmail));
  const meetingsByClient = new Map<string, { meeting: TeamMeeting; day: IsoDate }[]>();
  for (const meeting of data.meetings) {
    const day = dayOf(meeting.start);
    for (const email of new Set(meeting.clientEmails.map(emailKey))) {
      const list = meetingsByClient.get(email) ?? [];
      list.push({ meeting, day });
      meetingsByClient.set(email, list);
    }
  }
  const names = memberNames(data.team);
  const valueSince = addDays(today, -(VALUE_ADD_WINDOW_DAYS - 1));

  return data.clients.map((client) => {
    const email = emailKey(client.email);
    const notes = notesByClient.get(email) ?? [];
    const meetings = meetingsByClient.get(email) ?? [];

    let lastContact: IsoDate | null = null;
    let valueAdds90 = 0;
    for (const note of notes) {
      const day = dayOf(note.meetingDate);
      if (day > today) continue;
      if (lastContact === null || day > lastContact) lastContact = day;
      if (day >= valueSince) valueAdds90 += note.valueOffered.length;
    }
    let next: TeamMeeting | null = null;
    for (const { meeting, day } of meetings) {
      if (day <= today && (lastContact === null || day > lastContact)) lastContact = day;
      if (day >= today && (next === null || meeting.start < next.start)) next = meeting;
    }

    const file = reviewFile(itemsByClient.get(email) ?? [], today, staleAfterDays);
    let lastUpdateSent: IsoDate | null = null;
    for (const item of file)
      if (item.lastUpdateSent !== null && (lastUpdateSent === null || item.lastUpdateSent > lastUpdateSent))
        lastUpdateSent = item.lastUpdateSent;
    // reviewFile puts the most neglected first: never updated, then the longest silence.
    const oldestUpdateDays = file.find((item) => item.daysSinceUpdate !== null)?.daysSinceUpdate ?? null;
    const neverUpdated = file.some((item) => item.daysSinceUpdate === null);
    const updateStale = file.some((item) => item.stale);

    // Counted in place rather than through openFollowUps, which also copies and sorts every
    // follow-up for the card; the rule is the same: overdue once the due day has passed.
    const followUps = { oursOverdue: 0, theirsOverdue: 0, open: 0 };
    for (const note of notes)
      for (const f of note.followUps) {
        if (f.done) continue;
        followUps.open += 1;
        if (f.due === null || f.due >= today) continue;
        if (f.owner === 'us') followUps.oursOverdue += 1;
        else followUps.theirsOverdue += 1;
      }

    const pulseTrend = notes
      .filter((n): n is typeof n & { pulse: number } => n.pulse !== undefined)
      .sort((a, b) => a.meetingDate.getTime() - b.meetingDate.getTime())
      .slice(-PULSE_TREND_LENGTH)
      .map((n) => n.pulse);

    const daysSinceContact = lastContact === null ? null : daysBetween(lastContact, today);
    const { health, reasons } = assessHealth({
      daysSinceContact,
      oursOverdue: followUps.oursOverdue,
      oldestUpdateDays,
      neverUpdated,
      updateStale,
    });
    const ownerEmail = client.ownerEmail === undefined ? null : emailKey(client.ownerEmail);
    return {
      email,
      name: client.displayName,
      department: departmentOf(client),
      ownerEmail,
      ownerName: ownerEmail === null ? null : (names.get(ownerEmail) ?? ownerEmail),
      lastContact,
      daysSinceContact,
      lastUpdateSent,
      daysSinceUpdate: lastUpdateSent === null ? null : daysBetween(lastUpdateSent, today),
      updateStale,
      followUps,
      valueAdds90,
      pulseTrend,
      nextMeeting:
        next === null ? null : { start: next.start, advisorName: next.advisorName, subject: next.subject },
      health,
      healthReasons: reasons,
    };
  });
}

/** What the health rule looks at. */
export type HealthFacts = {
  /** Null when there was never any contact. */
  daysSinceContact: number | null;
  oursOverdue: number;
  /** The longest silence on an open item updated at least once; null when none was. */
  oldestUpdateDays: number | null;
  /** Some open item was never updated. */
  neverUpdated: boolean;
  /** Some open item is past the stale threshold, or never updated. */
  updateStale: boolean;
};

/** The health rule of `HEALTH_RULE`, with the reasons a person can read. */
export function assessHealth(facts: HealthFacts): { health: Health; reasons: string[] } {
  const atRisk: string[] = [];
  const slipping: string[] = [];
  const { daysSinceContact: days, oursOverdue, oldestUpdateDays } = facts;

  if (days === null) atRisk.push('No contact on record');
  else if (days >= HEALTH_RULE.atRiskNoContactDays) atRisk.push(`No contact for ${days} days`);
  else if (days >= HEALTH_RULE.slippingNoContactDays) slipping.push(`No contact for ${days} days`);

  const overdue =
    oursOverdue === 1 ? 'One of our follow-ups overdue' : `${oursOverdue} of our follow-ups overdue`;
  if (oursOverdue >= HEALTH_RULE.atRiskOursOverdue) atRisk.push(overdue);
  else if (oursOverdue >= HEALTH_RULE.slippingOursOverdue) slipping.push(overdue);

  if (oldestUpdateDays !== null && oldestUpdateDays > HEALTH_RULE.atRiskUpdateDays)
    atRisk.push(`No update on open work for ${oldestUpdateDays} days`);
  else if (facts.neverUpdated) slipping.push('Open work never updated');
  else if (facts.updateStale && oldestUpdateDays !== null)
    slipping.push(`No update on open work for ${oldestUpdateDays} days`);

  if (atRisk.length > 0) return { health: 'at-risk', reasons: [...atRisk, ...slipping] };
  if (slipping.length > 0) return { health: 'slipping', reasons: slipping };
  return { health: 'healthy', reasons: [] };
}
