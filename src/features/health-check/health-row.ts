import { describeGraphError } from '../../graph/graph-errors';
import type { StoreListKey } from '../../graph/store/store-lists';

/** How a row of the health check came out. */
export type HealthStatus = 'pass' | 'warning' | 'fail';

export type HealthRowId =
  | 'account'
  | 'permissions'
  | 'directory'
  | 'calendars'
  | 'mail'
  | 'todo'
  | 'store-site'
  | `list:${StoreListKey}`
  | 'sign-in';

/** One thing the health check looked at, in words an admin understands. */
export type HealthRow = {
  id: HealthRowId;
  title: string;
  status: HealthStatus;
  /** What was found, in a sentence. */
  summary: string;
  /** What was looked at, one line each (a permission, a column, a colleague's calendar). */
  details: string[];
  /** What to do about it; empty when the row passes. */
  todo: string[];
};

/** A row; `todo` and `details` default to none. */
export function row(
  id: HealthRowId,
  title: string,
  status: HealthStatus,
  summary: string,
  more: { details?: string[]; todo?: string[] } = {},
): HealthRow {
  return { id, title, status, summary, details: more.details ?? [], todo: more.todo ?? [] };
}

/** The worse of two statuses. */
export function worse(a: HealthStatus, b: HealthStatus): HealthStatus {
  const rank = { pass: 0, warning: 1, fail: 2 } as const;
  return rank[a] >= rank[b] ? a : b;
}

/** The row of a check that could not run, with the error in a person's words. */
export function notChecked(id: HealthRowId, title: string, error: unknown): HealthRow {
  return row(id, title, 'fail', `Home Turf could not check this: ${describeGraphError(error)}`);
}
