import type { ClientRow, Health } from './team-view-clients';
import { nameCollator } from './team-view-data';

/** Sorting and narrowing the team tab's clients table. */

/** Columns the table sorts on. */
export type ClientSortKey =
  | 'name'
  | 'department'
  | 'owner'
  | 'health'
  | 'lastContact'
  | 'lastUpdateSent'
  | 'daysSinceUpdate'
  | 'followUps'
  | 'valueAdds90'
  | 'nextMeeting';

export type SortDirection = 'asc' | 'desc';

const HEALTH_SEVERITY: Record<Health, number> = { healthy: 0, slipping: 1, 'at-risk': 2 };

type SortValue = string | number | readonly number[] | null;

const sortValue: Record<ClientSortKey, (row: ClientRow) => SortValue> = {
  name: (r) => r.name,
  department: (r) => r.department,
  owner: (r) => r.ownerName,
  health: (r) => HEALTH_SEVERITY[r.health],
  lastContact: (r) => r.lastContact,
  lastUpdateSent: (r) => r.lastUpdateSent,
  daysSinceUpdate: (r) => r.daysSinceUpdate,
  // Our overdue follow-ups weigh most: they are the ones the team can act on.
  followUps: (r) => [r.followUps.oursOverdue, r.followUps.theirsOverdue, r.followUps.open],
  valueAdds90: (r) => r.valueAdds90,
  nextMeeting: (r) => r.nextMeeting?.start.getTime() ?? null,
};

function compareValues(a: NonNullable<SortValue>, b: NonNullable<SortValue>): number {
  if (typeof a === 'string' || typeof b === 'string') return nameCollator.compare(String(a), String(b));
  if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const order = (a[i] ?? 0) - (b[i] ?? 0);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * The rows sorted on a column, as a new array. Empty values (no department, never contacted, no
 * meeting booked) go last whichever the direction, so flipping the order never buries the rows
 * that have a value; ties fall back to the client's name. Health sorts by severity, so `desc`
 * puts the clients at risk first.
 */
export function sortRows(
  rows: readonly ClientRow[],
  key: ClientSortKey,
  direction: SortDirection,
): ClientRow[] {
  const value = sortValue[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const order = compareValues(va, vb);
      if (order !== 0) return sign * order;
    }
    return nameCollator.compare(a.name, b.name) || a.email.localeCompare(b.email);
  });
}

/** What the table is narrowed to; an absent or empty criterion does not narrow it. */
export type ClientRowFilter = {
  /** Part of the client's name, department or owner (name or address), any case. */
  text?: string | undefined;
  /** The department, any case; null keeps the clients with no department. */
  department?: string | null | undefined;
  /** The owner's address, any case; null keeps the clients nobody owns. */
  owner?: string | null | undefined;
  health?: Health | undefined;
};

/** The rows matching every criterion given, in their order. */
export function filterRows(rows: readonly ClientRow[], filter: ClientRowFilter): ClientRow[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  // undefined: any; null: none recorded; a value: that one, in any case.
  const criterion = (value: string | null | undefined): string | null | undefined =>
    value === null || value === undefined ? value : value.trim().toLowerCase() || undefined;
  const department = criterion(filter.department);
  const owner = criterion(filter.owner);
  const matchesText = (row: ClientRow): boolean =>
    [row.name, row.department, row.ownerName, row.ownerEmail].some(
      (field) => field !== null && field.toLowerCase().includes(text),
    );
  return rows.filter(
    (row) =>
      (text === '' || matchesText(row)) &&
      (department === undefined || (row.department?.toLowerCase() ?? null) === department) &&
      (owner === undefined || row.ownerEmail === owner) &&
      (filter.health === undefined || row.health === filter.health),
  );
}
