import type { Person } from '../domain/meeting';
import type { BatchRequest } from './batch';
import { USER_SELECT, toPeople } from './map-user';

/** Graph allows at most 15 values in one `in (...)` filter. */
export const MAX_FILTER_VALUES = 15;

/** OData string literal: quotes doubled, so "Liam O'Brien" stays one value. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Batch requests that look up directory entries by address, 15 addresses a request
 * (`/users?$filter=mail in (...)`), ids `${prefix}-0`, `${prefix}-1`, ….
 */
export function usersByEmailRequests(emails: readonly string[], prefix = 'users'): BatchRequest[] {
  const unique = [...new Set(emails.map((e) => e.toLowerCase()))].sort();
  const requests: BatchRequest[] = [];
  for (let i = 0; i < unique.length; i += MAX_FILTER_VALUES) {
    const chunk = unique.slice(i, i + MAX_FILTER_VALUES);
    const filter = `mail in (${chunk.map(odataString).join(',')})`;
    requests.push({
      id: `${prefix}-${requests.length}`,
      method: 'GET',
      url: `/users?$select=${USER_SELECT.join(',')}&$filter=${encodeURIComponent(filter)}&$top=${MAX_FILTER_VALUES}`,
    });
  }
  return requests;
}

/** The people in one `/users` answer. */
export function readUsers(body: unknown): Person[] {
  return toPeople(body);
}
