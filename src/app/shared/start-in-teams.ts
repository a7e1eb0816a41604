import { createTeamsSignIn, teamsSignInPath } from '../../auth/teams-sign-in';
import type { Session } from '../../features/session';
import { describeGraphError } from '../../graph/graph-errors';
import { notifyFailure, notifySuccess, teamsForSignIn, type TeamsHost } from '../../hosts/teams/teams-host';
import { createSession } from './create-session';
import { productionConfig } from './production-config';

/** Signs in with the Teams user and the organisation's configuration, telling Teams how it went. */
export async function startInTeams(host: TeamsHost): Promise<Session> {
  try {
    const config = productionConfig();
    const teams = teamsForSignIn();
    const getToken = await createTeamsSignIn(
      {
        clientId: config.clientId,
        tenantId: config.tenantId,
        authorityHost: config.authorityHost,
        knownAuthority: config.knownAuthority,
        ...(host.loginHint === undefined ? {} : { loginHint: host.loginHint }),
      },
      teams,
    );
    const session = await createSession(
      host,
      { graphBaseUrl: config.graphBaseUrl, storeSite: config.storeSite },
      getToken,
    );
    session.signIn = { path: teamsSignInPath(teams), getToken };
    notifySuccess();
    return session;
  } catch (error: unknown) {
    const message = describeGraphError(error);
    notifyFailure(message);
    throw new Error(message, { cause: error });
  }
}
