import type { EventType } from '@microsoft/microsoft-graph-types';
import { iCalUIdFrom, outlookIdFrom } from './ids';
import type { EventRecord } from './tenant-model';
import { addDays, dayOfWeek, formatDate, instantOfWallClock, wallClockAt } from './zoned-time';

/**
 * Expands series masters into their occurrences the way Outlook's calendarView does: each occurrence
 * has its own id and iCalUId, a moved or renamed one is an `exception`, a deleted one is absent, and
 * the master itself never appears in a view.
 */

/** One item as it appears on a calendar (or the master, when fetched by id). */
export type EventInstance = {
  id: string;
  iCalUId: string;
  type: EventType;
  seriesMasterId: string | null;
  record: EventRecord;
  startMs: number;
  endMs: number;
  subject: string;
};

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The instance standing for the record itself: a single event or a series master. */
export function masterInstance(record: EventRecord): EventInstance {
  return {
    id: record.id,
    iCalUId: record.iCalUId,
    type: record.recurrence ? 'seriesMaster' : 'singleInstance',
    seriesMasterId: null,
    record,
    startMs: record.startMs,
    endMs: record.endMs,
    subject: record.subject,
  };
}

/** Every non-deleted occurrence of a series, in series order. Series are finite (counted ranges). */
export function occurrencesOf(record: EventRecord): EventInstance[] {
  const recurrence = record.recurrence;
  if (!recurrence) return [];
  const first = wallClockAt(record.startMs, record.zone);
  const endClock = wallClockAt(record.endMs, record.zone);
  const durationMs = record.endMs - record.startMs;
  const allDaySpan = Math.round(
    (Date.UTC(endClock.year, endClock.month - 1, endClock.day) -
      Date.UTC(first.year, first.month - 1, first.day)) /
      86_400_000,
  );
  const wanted = new Set(recurrence.daysOfWeek.map((d) => d.toLowerCase()));
  const instances: EventInstance[] = [];
  let index = 0;
  // Bounded walk: a weekly series with one day a week needs 7 days per occurrence.
  for (let offset = 0; index < recurrence.count && offset < recurrence.count * 7 + 7; offset += 1) {
    const date = addDays(first, offset);
    if (recurrence.pattern === 'weekly' && !wanted.has(DAY_NAMES[dayOfWeek(date)] ?? '')) continue;
    const position = index;
    index += 1;
    const exception = recurrence.exceptions.find((ex) => ex.occurrence === position);
    if (exception?.deleted) continue;
    // Wall-clock recurrence: a 10:00 meeting stays at 10:00 across a DST change.
    const startMs = instantOfWallClock({ ...first, ...date }, record.zone);
    const endMs = record.isAllDay
      ? instantOfWallClock({ ...first, ...addDays(date, allDaySpan) }, record.zone)
      : startMs + durationMs;
    const moved =
      exception !== undefined && (exception.startMs !== undefined || exception.subject !== undefined);
    instances.push({
      id: outlookIdFrom(`${record.key}#${formatDate(date)}`),
      iCalUId: iCalUIdFrom(record.key, date),
      type: moved ? 'exception' : 'occurrence',
      seriesMasterId: record.id,
      record,
      startMs: exception?.startMs ?? startMs,
      endMs: exception?.endMs ?? endMs,
      subject: exception?.subject ?? record.subject,
    });
  }
  return instances;
}

/** Instances a calendar shows for a record: the single event, or the series' occurrences. */
export function viewInstancesOf(record: EventRecord): EventInstance[] {
  return record.recurrence ? occurrencesOf(record) : [masterInstance(record)];
}

/** Every instance overlapping [startMs, endMs), sorted by start then subject for a stable order. */
export function instancesInWindow(
  records: ReadonlyArray<EventRecord>,
  startMs: number,
  endMs: number,
): EventInstance[] {
  return records
    .flatMap(viewInstancesOf)
    .filter((instance) =>
      instance.startMs === instance.endMs
        ? instance.startMs >= startMs && instance.startMs < endMs
        : instance.startMs < endMs && instance.endMs > startMs,
    )
    .sort((a, b) => a.startMs - b.startMs || a.subject.localeCompare(b.subject) || a.id.localeCompare(b.id));
}

/** Finds a single event, a series master or any occurrence by its id. */
export function findInstanceById(records: ReadonlyArray<EventRecord>, id: string): EventInstance | null {
  for (const record of records) {
    if (record.id === id) return masterInstance(record);
    if (record.recurrence) {
      const occurrence = occurrencesOf(record).find((instance) => instance.id === id);
      if (occurrence) return occurrence;
    }
  }
  return null;
}
