import type { ClientPrep } from './client-prep';
import type { IsoDate } from './team-store';

export type TalkingPointKind = 'deliver' | 'update' | 'ask' | 'brief' | 'check' | 'discover';

export type TalkingPoint = { kind: TalkingPointKind; text: string };

/** At most this many points: a checklist read in five minutes, not a report. */
export const MAX_TALKING_POINTS = 6;

/** "12 Dec" in the reader's locale; a date-only value has no zone, so it is read as UTC. */
export function formatDue(day: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * A short checklist for the meeting, most pressing first: what we owe and is overdue, work the
 * client has not heard about for too long, their dated priorities around the meeting, campaigns
 * about to land on their people, and what they owe us. With no profile yet, the point is to ask.
 */
export function talkingPoints(prep: ClientPrep, firstName: string, locale: string): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  for (const f of prep.followUps) {
    if (f.owner === 'us' && f.overdue && f.due !== null)
      points.push({
        kind: 'deliver',
        text: `Deliver what we owe: ${f.text} — was due ${formatDue(f.due, locale)}`,
      });
  }
  for (const item of prep.file) {
    if (!item.stale) continue;
    const since =
      item.daysSinceUpdate === null ? 'no update sent yet' : `last update ${item.daysSinceUpdate} days ago`;
    points.push({ kind: 'update', text: `Update ${firstName} on ${item.title} — ${since}` });
  }
  for (const p of prep.priorities) {
    if (p.due === null || (p.timing !== 'before-meeting' && p.timing !== 'soon-after')) continue;
    points.push({ kind: 'ask', text: `Ask about ${p.text} — due ${formatDue(p.due, locale)}` });
  }
  for (const c of prep.campaigns) {
    points.push({
      kind: 'brief',
      text: `Brief ${firstName} on ${c.name} — goes live ${formatDue(c.goLive, locale)}`,
    });
  }
  for (const f of prep.followUps) {
    if (f.owner !== 'client') continue;
    const due = f.due === null ? '' : ` — due ${formatDue(f.due, locale)}`;
    points.push({ kind: 'check', text: `Check what ${firstName} owes: ${f.text}${due}` });
  }
  if (prep.profile === null || prep.profile.pressures.length + prep.profile.priorities.length === 0) {
    points.unshift({
      kind: 'discover',
      text: `Ask ${firstName} what they are under pressure to deliver, and by when`,
    });
  }
  return points.slice(0, MAX_TALKING_POINTS);
}
