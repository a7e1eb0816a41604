import type { Person } from '../../domain/meeting';
import { bodyOf, sendBatch, type BatchResult } from '../../graph/batch';
import type { GraphClient } from '../../graph/create-graph-client';
import { calendarViewRequest, isFreeBusyOnly } from '../../graph/get-calendar-view';
import { getCommsTeam } from '../../graph/get-comms-team';
import { describeGraphError, errorStatus } from '../../graph/graph-errors';
import { isGranted } from '../../graph/higher-privileged';
import { missingPermissionMessage } from '../../graph/permissions';
import { row, type HealthRow } from './health-row';

export const DIRECTORY = 'Directory: departments and job titles';
export const CALENDARS = "Teammates' calendars";
/** Enough colleagues to judge how calendars are shared, in one `$batch`. */
const COLLEAGUES_LOOKED_AT = 10;
const DAY = 24 * 3600 * 1000;

/**
 * Whether Home Turf can read people's departments and job titles and find the comms team (a
 * `$filter` on department: User.Read.All; User.ReadBasic.All gets neither), and at which level the
 * teammates it finds share their calendars with the signed-in user.
 */
export async function checkPeople(
  graph: GraphClient,
  me: Person | null,
  granted: ReadonlySet<string> | null,
  now: Date,
): Promise<{ directory: HealthRow; calendars: HealthRow }> {
  if (me === null) {
    const why = 'Not checked: Microsoft 365 would not say who is signed in (see “Signed in as”).';
    return {
      directory: row('directory', DIRECTORY, 'warning', why),
      calendars: row('calendars', CALENDARS, 'warning', why),
    };
  }
  const department = me.department;
  const mine = [`Your department: ${department ?? 'not set'}`, `Your job title: ${me.jobTitle ?? 'not set'}`];
  if (department === undefined) {
    const todo = [
      'Home Turf finds the comms team as the people in your department. An admin sets the department of each ' +
        'member of the comms team in the Microsoft 365 admin center (Users → Active users → the person → ' +
        'Manage contact information → Department).',
    ];
    return {
      directory: row(
        'directory',
        DIRECTORY,
        'warning',
        'Your profile has no department in Microsoft Entra ID.',
        {
          details: mine,
          todo,
        },
      ),
      calendars: row(
        'calendars',
        CALENDARS,
        'warning',
        'Not checked: without your department, Home Turf cannot find your teammates.',
      ),
    };
  }
  let team: Person[];
  try {
    team = await getCommsTeam(graph, department);
  } catch (error: unknown) {
    return {
      directory: directoryRefused(error, granted, mine),
      calendars: row(
        'calendars',
        CALENDARS,
        'warning',
        'Not checked: your teammates could not be found (see “Directory”).',
      ),
    };
  }
  const colleagues = team.filter((p) => p.id !== me.id);
  return {
    directory: directoryRow(department, colleagues, mine),
    calendars: await calendarsRow(graph, colleagues, granted, now),
  };
}

function directoryRefused(error: unknown, granted: ReadonlySet<string> | null, details: string[]): HealthRow {
  const basicOnly =
    granted !== null && granted.has('User.ReadBasic.All') && !isGranted('User.Read.All', granted);
  if (basicOnly) {
    return row(
      'directory',
      DIRECTORY,
      'fail',
      'Home Turf has only User.ReadBasic.All, which reads people’s names and addresses: their departments and job ' +
        'titles come back empty and a search by department is refused, so the comms team and the clients’ departments are lost.',
      {
        details,
        todo: [`${missingPermissionMessage('User.Read.All')} User.ReadBasic.All can then be removed.`],
      },
    );
  }
  const message = describeGraphError(error, errorStatus(error) === 403 ? 'User.Read.All' : undefined);
  return row('directory', DIRECTORY, 'fail', `A search of the directory by department failed: ${message}`, {
    details,
    todo: [message],
  });
}

function directoryRow(department: string, colleagues: readonly Person[], mine: string[]): HealthRow {
  const details = [...mine, `Others in ${department}: ${colleagues.length}`];
  if (colleagues.length === 0) {
    return row(
      'directory',
      DIRECTORY,
      'warning',
      `No one else in the directory has the department ${department}.`,
      {
        details,
        todo: [
          `Home Turf finds the comms team as the people in your department. Give each member of the comms team the ` +
            `department ${department} in the Microsoft 365 admin center (Users → Active users → Manage contact information).`,
        ],
      },
    );
  }
  const withTitle = colleagues.filter((p) => p.jobTitle !== undefined).length;
  if (withTitle === 0) {
    return row('directory', DIRECTORY, 'warning', `People in ${department} come back without job titles.`, {
      details,
      todo: ['Job titles help advisors see who is in a meeting: set them in the Microsoft 365 admin center.'],
    });
  }
  return row(
    'directory',
    DIRECTORY,
    'pass',
    `A search by department works: ${colleagues.length} ${colleagues.length === 1 ? 'other person' : 'others'} in ${department}, with departments and job titles.`,
    { details },
  );
}

/** How much of one colleague's calendar the signed-in user sees. */
type Level = 'full' | 'titles' | 'freeBusy' | 'none' | 'empty' | { unreadable: string };

function levelOf(results: ReadonlyMap<string, BatchResult>, id: string): Level {
  let body: unknown;
  try {
    body = bodyOf(results, id);
  } catch (error: unknown) {
    return errorStatus(error) === 403 ? 'none' : { unreadable: describeGraphError(error) };
  }
  const value = (body as { value?: unknown }).value;
  if (!Array.isArray(value) || value.length === 0) return 'empty';
  if (isFreeBusyOnly(body)) return 'freeBusy';
  const withAttendees = value.some(
    (item: unknown) =>
      typeof item === 'object' && item !== null && 'attendees' in item && Array.isArray(item.attendees),
  );
  return withAttendees ? 'full' : 'titles';
}

const LEVEL_WORDS = {
  full: 'every detail',
  titles: 'titles and locations only',
  freeBusy: 'free/busy only',
  none: 'not shared with you',
  empty: 'no meetings in the last four weeks to judge by',
} as const;

const SHARE_STEPS =
  'In Outlook: Calendar → Share → add each colleague in the comms team (or the team’s group) → “Can view all details”. ' +
  'Exchange’s organisation default is free/busy only, which hides whom they meet, so the team view’s “This week” cannot show it.';

async function calendarsRow(
  graph: GraphClient,
  colleagues: readonly Person[],
  granted: ReadonlySet<string> | null,
  now: Date,
): Promise<HealthRow> {
  const looked = colleagues.slice(0, COLLEAGUES_LOOKED_AT);
  if (looked.length === 0) {
    return row(
      'calendars',
      CALENDARS,
      'warning',
      'Not checked: Home Turf found no teammates (see “Directory”).',
    );
  }
  const start = new Date(now.getTime() - 28 * DAY);
  const end = new Date(now.getTime() + 7 * DAY);
  const results = await sendBatch(
    graph,
    looked.map((p, i) => calendarViewRequest(`cal-${i}`, start, end, 25, p.id)),
  );
  const levels = looked.map((p, i) => ({ person: p, level: levelOf(results, `cal-${i}`) }));
  const details = levels.map(
    ({ person, level }) =>
      `${person.displayName}: ${typeof level === 'string' ? LEVEL_WORDS[level] : `could not be read (${level.unreadable})`}`,
  );
  const named = (want: Level[]) =>
    levels.filter((l) => want.includes(l.level)).map((l) => l.person.displayName);
  const full = named(['full']);
  const partial = named(['titles', 'freeBusy']);
  const none = named(['none']);
  if (none.length === looked.length && (granted === null || !isGranted('Calendars.Read.Shared', granted))) {
    return row('calendars', CALENDARS, 'fail', 'No teammate’s calendar can be read.', {
      details,
      todo: [missingPermissionMessage('Calendars.Read.Shared')],
    });
  }
  const todo: string[] = [];
  if (partial.length > 0)
    todo.push(
      `${partial.join(', ')} share${partial.length === 1 ? 's' : ''} less than every detail. ${SHARE_STEPS}`,
    );
  if (none.length > 0)
    todo.push(
      `${none.join(', ')} ${none.length === 1 ? 'does' : 'do'} not share their calendar with you. ${SHARE_STEPS}`,
    );
  const unreadable = levels.filter((l) => typeof l.level !== 'string');
  if (unreadable.length > 0) todo.push('Some calendars could not be read: try again in a minute.');
  if (full.length === 0 && todo.length > 0) {
    return row('calendars', CALENDARS, 'fail', 'No teammate shares the details of their meetings with you.', {
      details,
      todo,
    });
  }
  if (todo.length > 0) {
    return row(
      'calendars',
      CALENDARS,
      'warning',
      `${full.length} of ${looked.length} teammates share every detail with you.`,
      {
        details,
        todo,
      },
    );
  }
  if (full.length === 0) {
    return row(
      'calendars',
      CALENDARS,
      'warning',
      'Your teammates had no meetings in the last four weeks to judge by.',
      { details },
    );
  }
  return row(
    'calendars',
    CALENDARS,
    'pass',
    `Every teammate looked at shares every detail with you (${full.length}).`,
    { details },
  );
}
