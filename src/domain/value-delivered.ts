import type { IsoDate, ValueKind } from './team-store';
import {
  type DayOf,
  type TeamData,
  clientsByEmail,
  departmentOf,
  emailKey,
  nameCollator,
} from './team-view-data';

/** What the team brought one client in one quarter, from the value-add notes. */
export type ValueDeliveredRow = {
  clientEmail: string;
  /** The client's name, else their address when they are no longer listed. */
  clientName: string;
  department: string | null;
  /** Calendar quarter, e.g. `2026-Q4`. */
  quarter: string;
  /** Value offered, by kind. */
  byKind: Record<ValueKind, number>;
  /** Distinct articles shared in the quarter. */
  articlesShared: number;
  /** Mean of the pulses recorded; null when none was. */
  averagePulse: number | null;
  notes: number;
};

/** The calendar quarter a day falls in, e.g. `2026-Q4`. */
export function quarterOf(day: IsoDate): string {
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

const noValue = (): Record<ValueKind, number> => ({
  idea: 0,
  article: 0,
  insight: 0,
  'best practice': 0,
  introduction: 0,
});

/**
 * Value delivered per client and quarter (the quarter of the meeting's day for the reader), for the
 * head of comms' report: newest quarter first, then by client name. Notes of clients no longer
 * listed still count: the value was delivered.
 */
export function valueDelivered(data: TeamData, dayOf: DayOf): ValueDeliveredRow[] {
  const clients = clientsByEmail(data.clients);
  const rows = new Map<string, { row: ValueDeliveredRow; articles: Set<string>; pulses: number[] }>();
  for (const note of data.notes) {
    const email = emailKey(note.clientEmail);
    const quarter = quarterOf(dayOf(note.meetingDate));
    const key = `${quarter}|${email}`;
    let entry = rows.get(key);
    if (entry === undefined) {
      const client = clients.get(email);
      entry = {
        row: {
          clientEmail: email,
          clientName: client?.displayName ?? email,
          department: client === undefined ? null : departmentOf(client),
          quarter,
          byKind: noValue(),
          articlesShared: 0,
          averagePulse: null,
          notes: 0,
        },
        articles: new Set(),
        pulses: [],
      };
      rows.set(key, entry);
    }
    entry.row.notes += 1;
    for (const value of note.valueOffered) entry.row.byKind[value.kind] += 1;
    for (const id of note.articlesBrought) entry.articles.add(id);
    if (note.pulse !== undefined) entry.pulses.push(note.pulse);
  }
  return [...rows.values()]
    .map(({ row, articles, pulses }) => ({
      ...row,
      articlesShared: articles.size,
      averagePulse: pulses.length === 0 ? null : pulses.reduce((sum, p) => sum + p, 0) / pulses.length,
    }))
    .sort(
      (a, b) =>
        b.quarter.localeCompare(a.quarter) ||
        nameCollator.compare(a.clientName, b.clientName) ||
        a.clientEmail.localeCompare(b.clientEmail),
    );
}

const CSV_HEADER = [
  'Quarter',
  'Client',
  'Department',
  'Ideas',
  'Articles',
  'Insights',
  'Best practices',
  'Introductions',
  'Articles shared',
  'Notes',
  'Average pulse',
];

/**
 * One CSV field: a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading `'`, because client names and departments are typed by
 * people; then a field holding a comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/**
 * The rows as an RFC 4180 CSV: a header, one record per row, CRLF after every record. Pulses are
 * written to one decimal with a dot, whatever the reader's locale. The caller adds a byte-order
 * mark if the file is for Excel, which otherwise misreads UTF-8 names.
 */
export function valueDeliveredCsv(rows: readonly ValueDeliveredRow[]): string {
  const records = [
    CSV_HEADER,
    ...rows.map((r) => [
      r.quarter,
      r.clientName,
      r.department ?? '',
      String(r.byKind.idea),
      String(r.byKind.article),
      String(r.byKind.insight),
      String(r.byKind['best practice']),
      String(r.byKind.introduction),
      String(r.articlesShared),
      String(r.notes),
      r.averagePulse === null ? '' : r.averagePulse.toFixed(1),
    ]),
  ];
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
