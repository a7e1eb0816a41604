import type { Person } from '../domain/meeting';
import type { BatchRequest } from './batch';
import { odataString } from './get-users-by-email';
import { USER_SELECT, toPeople } from './map-user';

/**
 * The comms team: everyone in the signed-in advisor's department
 * (`/users?$filter=department eq '…'`). The team store's member list refines this later.
 */
export function teamMembersRequest(department: string, id = 'team'): BatchRequest {
  const filter = `department eq ${odataString(department)}`;
  return {
    id,
    method: 'GET',
    url: `/users?$select=${USER_SELECT.join(',')}&$filter=${encodeURIComponent(filter)}&$top=100`,
  };
}

export function readTeamMembers(body: unknown): Person[] {
  return toPeople(body);
}
