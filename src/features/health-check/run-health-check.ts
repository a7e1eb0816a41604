import type { GraphClient } from '../../graph/create-graph-client';
import type { StoreSite } from '../../graph/store/store-lists';
import type { SessionSignIn, SignInPath } from '../session';
import { checkAccess } from './check-access';
import { checkMailSearch, checkToDo, MAIL, TODO } from './check-mailbox';
import { CALENDARS, checkPeople, DIRECTORY } from './check-people';
import { checkStoreHealth, SITE } from './check-store-health';
import { notChecked, row, type HealthRow } from './health-row';

export type { HealthRow, HealthStatus } from './health-row';

export type HealthCheckInput = {
  graph: GraphClient;
  /** How the session signed in; without it the sign-in row and the token's claims are not known. */
  signIn?: SessionSignIn | undefined;
  /** The team store the session found, or null with why not. */
  store: StoreSite | null;
  storeProblem?: string | undefined;
  now: Date;
};

/**
 * The tenant health check: signed in as whom with which permissions, the directory, mail search,
 * teammates' calendars, Microsoft To Do, the team store's site, lists and columns, and the sign-in
 * path. Every row passes, warns or fails with what to do in words an admin understands; a check
 * that cannot run fails its own rows and leaves the others. It only reads: nothing is changed.
 */
export async function runHealthCheck(input: HealthCheckInput): Promise<HealthRow[]> {
  const { graph, now } = input;
  const access = await checkAccess(graph, input.signIn?.getToken);
  const email = access.me?.email ?? access.claims?.upn;
  const [people, mail, todo, store] = await Promise.all([
    checkPeople(graph, access.me, access.granted, now).catch((error: unknown) => ({
      directory: notChecked('directory', DIRECTORY, error),
      calendars: notChecked('calendars', CALENDARS, error),
    })),
    checkMailSearch(graph, email, access.granted).catch((error: unknown) => notChecked('mail', MAIL, error)),
    checkToDo(graph, access.granted).catch((error: unknown) => notChecked('todo', TODO, error)),
    checkStoreHealth(graph, input.store, input.storeProblem).catch((error: unknown) => [
      notChecked('store-site', SITE, error),
    ]),
  ]);
  return [
    access.account,
    access.permissions,
    people.directory,
    people.calendars,
    mail,
    todo,
    ...store,
    signInRow(input.signIn?.path),
  ];
}

const SIGN_IN = 'Sign-in';

/** Nested app authentication, or the fallback the host left Home Turf with. */
function signInRow(path: SignInPath | undefined): HealthRow {
  switch (path) {
    case 'nested':
      return row(
        'sign-in',
        SIGN_IN,
        'pass',
        'Nested app authentication: the host (Teams or Outlook) signs you in and brokers every token.',
      );
    case 'teams-window':
      return row(
        'sign-in',
        SIGN_IN,
        'warning',
        'Fallback: this Teams client does not recommend nested app authentication, so Home Turf signs in through Teams’ sign-in window.',
        {
          todo: [
            'Sign-in works this way, one window more. Update Teams to its current version to get nested app ' +
              'authentication, and keep https://<your origin>/auth-redirect.html registered as a single-page ' +
              'application redirect URI of the Home Turf app registration.',
          ],
        },
      );
    case 'office-dialog':
      return row(
        'sign-in',
        SIGN_IN,
        'warning',
        'Fallback: this Outlook has no nested app authentication (NestedAppAuth 1.1), so an Office dialog signs you in.',
        {
          todo: [
            'Sign-in works this way, one dialog more. Update Outlook, or use new Outlook or Outlook on the web.',
          ],
        },
      );
    case 'browser':
      return row(
        'sign-in',
        SIGN_IN,
        'pass',
        'Opened in a browser outside Teams: Microsoft sign-in in the browser (by redirect).',
      );
    case 'demo':
      return row('sign-in', SIGN_IN, 'pass', 'The demo tenant’s own sign-in (npm start).');
    case undefined:
      return row('sign-in', SIGN_IN, 'warning', 'This page does not say how it signed in.');
  }
}
