import { LIST_VIEW_THRESHOLD } from './list-filter';
import type { DayOfWeek } from '@microsoft/microsoft-graph-types';
import { changeKeyFrom, guidFrom, iCalUIdFrom, outlookIdFrom } from './ids';
import type { DirectoryUser, EventAttendee, EventRecord, TenantState } from './tenant-model';
import { resolveMessages } from './resolve-messages';
import { resolveSites } from './resolve-sites';
import { resolveTeams } from './resolve-teams';
import { defaultTodoList } from './todo-json';
import { resolvePerson, resolveTime, type ResolveContext } from './resolve-time';
import { TenantSpecError, type SpecEvent, type TenantSpec } from './tenant-spec';
import { resolveTimeZone, windowsNameOf } from './time-zones';
import { addDays, dayOfWeek, instantOfWallClock, wallClockAt } from './zoned-time';

/**
 * Turns a validated TenantSpec into server state relative to `now`: relative times become instants,
 * people get names from the directory, and each event's calendar owner (the signed-in user unless
 * `calendarOf` names another) is placed on it.
 */

const DAY_NAMES: ReadonlyArray<DayOfWeek> = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const MINUTE = 60_000;

function toUser(spec: TenantSpec['users'][number]): DirectoryUser {
  const upn = spec.userPrincipalName ?? spec.mail;
  const [first, ...rest] = spec.displayName.split(' ');
  return {
    id: spec.id ?? guidFrom(upn),
    displayName: spec.displayName,
    givenName: spec.givenName ?? first ?? null,
    surname: spec.surname ?? (rest.length > 0 ? rest.join(' ') : null),
    mail: spec.mail,
    userPrincipalName: upn,
    jobTitle: spec.jobTitle ?? null,
    department: spec.department ?? null,
    officeLocation: spec.officeLocation ?? null,
    businessPhones: spec.businessPhones ?? [],
    mobilePhone: spec.mobilePhone ?? null,
    calendarSharing: {
      // Exchange's organisation-wide default sharing policy: free/busy time only.
      organisation: spec.calendarSharing?.organisation ?? 'freeBusy',
      people: new Map(
        Object.entries(spec.calendarSharing?.people ?? {}).map(([address, level]) => [
          address.toLowerCase(),
          level,
        ]),
      ),
    },
  };
}

function midnightOf(instant: number, zone: string, plusDays = 0): number {
  const date = addDays(wallClockAt(instant, zone), plusDays);
  return instantOfWallClock({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
}

function sameAddress(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

function resolveEvent(event: SpecEvent, index: number, me: DirectoryUser, ctx: ResolveContext): EventRecord {
  const path = `$.events[${index}]`;
  const zone = event.originalStartTimeZone ? resolveTimeZone(event.originalStartTimeZone) : ctx.tenantZone;
  if (!zone)
    throw new TenantSpecError([
      `${path}.originalStartTimeZone: unknown time zone ${event.originalStartTimeZone}`,
    ]);
  const isAllDay = event.isAllDay ?? false;
  let startMs = resolveTime(event.start, zone, ctx, `${path}.start`);
  let endMs: number;
  if (event.end !== undefined) endMs = resolveTime(event.end, zone, ctx, `${path}.end`);
  else if (event.durationMinutes !== undefined) endMs = startMs + event.durationMinutes * MINUTE;
  else endMs = isAllDay ? midnightOf(startMs, zone, 1) : startMs + 30 * MINUTE;
  if (isAllDay) {
    // All-day items are whole dates; a date-only end is exclusive, as Outlook stores it.
    startMs = midnightOf(startMs, zone);
    const endMidnight = midnightOf(endMs, zone);
    endMs = endMidnight <= startMs ? midnightOf(startMs, zone, 1) : endMidnight;
  }
  if (endMs <= startMs) throw new TenantSpecError([`${path}.end: must be after start`]);

  // The calendar the event is in: the signed-in user's unless the spec names another owner.
  const owner = event.calendarOf === undefined ? me : ctx.directory.get(event.calendarOf.toLowerCase());
  if (!owner)
    throw new TenantSpecError([`${path}.calendarOf: no user has the address ${event.calendarOf ?? ''}`]);
  const organizer = resolvePerson(event.organizer ?? owner.mail, ctx);
  const attendees: EventAttendee[] = (event.attendees ?? []).map((a, i) => {
    if (!a.name && !a.email) throw new TenantSpecError([`${path}.attendees[${i}]: give a name or an email`]);
    const base = resolvePerson(
      a.email ? (a.name ? { name: a.name, email: a.email } : a.email) : { name: a.name ?? '' },
      ctx,
    );
    return { ...base, type: a.type ?? 'required', response: a.response ?? 'none' };
  });
  const ownerOrganizes = sameAddress(organizer.address, owner.mail);
  if (!ownerOrganizes) {
    const mine = attendees.find((a) => sameAddress(a.address, owner.mail));
    const myResponse = event.myResponse ?? mine?.response ?? 'accepted';
    const response = myResponse === 'none' || myResponse === 'organizer' ? 'notResponded' : myResponse;
    // An invitation the spec leaves unanswered reads as accepted: a seeded calendar is a settled one.
    if (mine && event.myResponse) mine.response = response;
    else if (mine && mine.response === 'none') mine.response = 'accepted';
    else if (!mine)
      attendees.push({ name: owner.displayName, address: owner.mail, type: 'required', response });
  }

  const key = event.key ?? `${index}|${event.subject}|${startMs}`;
  const createdMs = Math.min(ctx.now, startMs) - 9 * 24 * 60 * MINUTE;
  const recurrence = event.recurrence
    ? {
        pattern: event.recurrence.pattern,
        daysOfWeek: event.recurrence.daysOfWeek ?? [
          DAY_NAMES[dayOfWeek(wallClockAt(startMs, zone))] ?? 'monday',
        ],
        count: event.recurrence.count,
        exceptions: (event.recurrence.exceptions ?? []).map((ex, i) => {
          const exStart = ex.start
            ? resolveTime(ex.start, zone, ctx, `${path}.recurrence.exceptions[${i}].start`)
            : undefined;
          const duration = (ex.durationMinutes ?? 0) * MINUTE || endMs - startMs;
          return {
            occurrence: ex.occurrence,
            ...(exStart !== undefined ? { startMs: exStart, endMs: exStart + duration } : {}),
            ...(ex.subject !== undefined ? { subject: ex.subject } : {}),
            ...(ex.deleted !== undefined ? { deleted: ex.deleted } : {}),
          };
        }),
      }
    : null;
  return {
    id: outlookIdFrom(key),
    key,
    iCalUId: iCalUIdFrom(key),
    changeKey: changeKeyFrom(key),
    createdMs,
    modifiedMs: createdMs + 60 * MINUTE,
    subject: event.subject,
    bodyHtml: event.bodyHtml ?? '',
    startMs,
    endMs,
    isAllDay,
    zone,
    originalStartTimeZone: event.originalStartTimeZone ?? windowsNameOf(zone),
    originalEndTimeZone: event.originalStartTimeZone ?? windowsNameOf(zone),
    organizer,
    attendees,
    isCancelled: event.isCancelled ?? false,
    showAs: event.showAs ?? (isAllDay ? 'free' : 'busy'),
    sensitivity: event.sensitivity ?? 'normal',
    importance: event.importance ?? 'normal',
    location: event.location ?? null,
    categories: event.categories ?? [],
    isOnlineMeeting: event.isOnlineMeeting ?? false,
    recurrence,
    transactionId: null,
    origin: 'seed',
  };
}

/** Builds the server state from a spec, resolving relative times against `now`. */
export function resolveTenant(spec: TenantSpec, now: Date): TenantState {
  const tenantZone = resolveTimeZone(spec.timeZone);
  if (!tenantZone) throw new TenantSpecError([`$.timeZone: unknown time zone ${spec.timeZone}`]);
  const users = spec.users.map(toUser);
  const directory = new Map<string, DirectoryUser>();
  for (const user of users) {
    directory.set(user.mail.toLowerCase(), user);
    directory.set(user.userPrincipalName.toLowerCase(), user);
  }
  const me = directory.get(spec.signedInUser.toLowerCase());
  if (!me) throw new TenantSpecError([`$.signedInUser: no user has the address ${spec.signedInUser}`]);
  const ctx: ResolveContext = { now: now.getTime(), tenantZone, directory };
  const sites = resolveSites(spec.sites ?? [], me.mail, ctx);
  return {
    organisation: { displayName: spec.organisation.displayName, domains: [...spec.organisation.domains] },
    tenantId: spec.organisation.tenantId ?? guidFrom(`tenant:${spec.organisation.domains[0] ?? ''}`),
    applications: spec.applications ?? [],
    timeZone: tenantZone,
    signedInUpn: me.userPrincipalName,
    users,
    events: spec.events.map((event, index) => resolveEvent(event, index, me, ctx)),
    sites,
    teams: resolveTeams(spec.teams ?? [], sites, ctx),
    messages: resolveMessages(spec.messages ?? [], ctx, spec.organisation.domains[0] ?? 'localhost'),
    todoLists: users.map(defaultTodoList),
    ...(spec.rawOverrides === undefined ? {} : { rawOverrides: spec.rawOverrides }),
    sharePoint: {
      listViewThreshold: spec.sharePoint?.listViewThreshold ?? LIST_VIEW_THRESHOLD,
      inlineColumnIndexes: spec.sharePoint?.inlineColumnIndexes ?? 'kept',
    },
  };
}
