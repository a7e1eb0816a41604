import type { Grant } from '../../../src/sandbox/grant';
import { GraphErrorSignal } from '../../../src/sandbox/graph-http';
import { checkPermission } from '../../../src/sandbox/permissions';
import type { DirectoryUser } from '../../../src/sandbox/tenant-model';
import { buildGraphRequest } from '../../builders/graph-request';

/** The demo's permission table: each route refused without its documented scope, as its service words it. */

const maya: DirectoryUser = {
  id: '11111111-1111-1111-1111-111111111111',
  displayName: 'Maya Chen',
  givenName: 'Maya',
  surname: 'Chen',
  mail: 'maya.chen@northwind.example',
  userPrincipalName: 'maya.chen@northwind.example',
  jobTitle: 'Internal Communications Advisor',
  department: 'Communications',
  officeLocation: null,
  businessPhones: [],
  mobilePhone: null,
  calendarSharing: { organisation: 'freeBusy', people: new Map() },
};

const grantOf = (...scopes: string[]): Grant => ({ user: maya, scopes: new Set(scopes) });

/** The refusal for `method path` under `scopes`, or 'allowed'. */
function answer(
  method: string,
  path: string,
  scopes: string[],
): 'allowed' | { status: number; code: string; message: string } {
  const request = buildGraphRequest(method, path);
  const segments = request.path.split('/').filter((s) => s !== '');
  try {
    checkPermission(request, segments, grantOf(...scopes));
    return 'allowed';
  } catch (error) {
    if (!(error instanceof GraphErrorSignal)) throw error;
    return { status: error.status, code: error.code, message: error.message };
  }
}

const DIRECTORY = {
  status: 403,
  code: 'Authorization_RequestDenied',
  message: 'Insufficient privileges to complete the operation.',
};
const OUTLOOK = {
  status: 403,
  code: 'ErrorAccessDenied',
  message: 'Access is denied. Check credentials and try again.',
};
const SHAREPOINT = { status: 403, code: 'accessDenied', message: 'Access denied' };

const SITE = '/sites/northwind.sharepoint.com:/sites/comms:';
const SHARED = '/users/sofia.rossi@northwind.example/calendarView';
const SEARCH = '/me/messages?$search="participants:priya"';
const PRIYA = '/users/priya.shah@northwind.example';

describe('the demo tenant’s permission table', () => {
  it.each([
    // route, least that works, a higher one that also works, one that does not, the refusal
    ['GET', '/me', 'User.Read', 'Directory.Read.All', 'Mail.Read', DIRECTORY],
    ['GET', '/users', 'User.ReadBasic.All', 'User.Read.All', 'User.Read', DIRECTORY],
    ['GET', PRIYA, 'User.ReadBasic.All', 'Directory.Read.All', 'User.Read', DIRECTORY],
    [
      'GET',
      '/me/calendarView',
      'Calendars.ReadBasic',
      'Calendars.ReadWrite',
      'Calendars.Read.Shared',
      OUTLOOK,
    ],
    ['GET', SHARED, 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared', 'Calendars.Read', OUTLOOK],
    ['GET', '/me/events/AAMk1', 'Calendars.ReadBasic', 'Calendars.Read', 'Mail.Read', OUTLOOK],
    ['POST', '/me/events', 'Calendars.ReadWrite', 'Calendars.ReadWrite', 'Calendars.Read', OUTLOOK],
    ['GET', '/me/messages', 'Mail.ReadBasic', 'Mail.ReadWrite', 'Calendars.Read', OUTLOOK],
    ['GET', '/me/messages/AAMk2', 'Mail.ReadBasic', 'Mail.Read', 'User.Read', OUTLOOK],
    ['GET', SEARCH, 'Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic', OUTLOOK],
    ['GET', '/me/todo/lists', 'Tasks.Read', 'Tasks.ReadWrite', 'Calendars.Read', OUTLOOK],
    ['POST', '/me/todo/lists/x/tasks', 'Tasks.ReadWrite', 'Tasks.ReadWrite', 'Tasks.Read', OUTLOOK],
    ['PATCH', '/me/todo/lists/x/tasks/y', 'Tasks.ReadWrite', 'Tasks.ReadWrite', 'Tasks.Read', OUTLOOK],
    ['GET', `${SITE}/lists/a/items`, 'Sites.Read.All', 'Sites.FullControl.All', 'Files.Read.All', SHAREPOINT],
    [
      'POST',
      `${SITE}/lists/a/items`,
      'Sites.ReadWrite.All',
      'Sites.Manage.All',
      'Sites.Read.All',
      SHAREPOINT,
    ],
    [
      'PATCH',
      `${SITE}/lists/a/items/1/fields`,
      'Sites.ReadWrite.All',
      'Sites.FullControl.All',
      'Sites.Read.All',
      SHAREPOINT,
    ],
    [
      'DELETE',
      `${SITE}/lists/a/items/1`,
      'Sites.ReadWrite.All',
      'Sites.Manage.All',
      'Sites.Read.All',
      SHAREPOINT,
    ],
    ['POST', `${SITE}/lists`, 'Sites.Manage.All', 'Sites.FullControl.All', 'Sites.ReadWrite.All', SHAREPOINT],
    [
      'POST',
      `${SITE}/lists/a/columns`,
      'Sites.Manage.All',
      'Sites.FullControl.All',
      'Sites.ReadWrite.All',
      SHAREPOINT,
    ],
    [
      'PATCH',
      '/groups/g1/sites/root/lists/a/columns/c1',
      'Sites.Manage.All',
      'Sites.FullControl.All',
      'Sites.ReadWrite.All',
      SHAREPOINT,
    ],
    ['GET', `${SITE}/lists/a/columns`, 'Sites.Read.All', 'Sites.Manage.All', 'Files.Read.All', SHAREPOINT],
    [
      'GET',
      '/groups/g1/sites/root',
      'Sites.Read.All',
      'Sites.ReadWrite.All',
      'Team.ReadBasic.All',
      SHAREPOINT,
    ],
  ])('%s %s: %s works, %s too, %s is refused', (method, path, least, higher, wrong, refusal) => {
    expect(answer(method, path, [least])).toBe('allowed');
    expect(answer(method, path, [higher])).toBe('allowed');
    expect(answer(method, path, [wrong])).toEqual(refusal);
    expect(answer(method, path, [])).toEqual(refusal);
  });

  it('lets the caller read their own profile and calendar with their own permissions, by id or address', () => {
    expect(answer('GET', `/users/${maya.id}`, ['User.Read'])).toBe('allowed');
    expect(answer('GET', `/users/${maya.mail}/calendarView`, ['Calendars.Read'])).toBe('allowed');
    expect(answer('GET', '/users/priya.shah@northwind.example/calendarView', ['Calendars.Read'])).toEqual(
      OUTLOOK,
    );
  });

  it('words the Teams service refusal as it does, naming what the API requires and what the token holds', () => {
    const refused = answer('GET', '/me/joinedTeams', ['User.Read']);
    expect(refused).toMatchObject({ status: 403, code: 'Forbidden' });
    expect(refused).toHaveProperty(
      'message',
      expect.stringContaining("API requires one of 'Team.ReadBasic.All, TeamSettings.Read.All"),
    );
    expect(refused).toHaveProperty('message', expect.stringContaining("Scopes on the request 'User.Read'"));
  });

  it('leaves routes it does not know to the router, for their own 400 or 405', () => {
    expect(answer('GET', '/me/drive', [])).toBe('allowed');
    expect(answer('DELETE', '/me', [])).toBe('allowed');
  });
});
