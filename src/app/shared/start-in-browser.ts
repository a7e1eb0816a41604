import { createMsalSignIn } from '../../auth/msal-sign-in';
import type { Session } from '../../features/session';
import type { Host } from '../../hosts/host';
import { createSession, explained } from './create-session';
import { productionConfig } from './production-config';

/**
 * A tab opened in a browser tab of its own, outside Teams: MSAL's standard sign-in with the
 * organisation's configuration. The first sign-in goes by redirect (the page leaves for the
 * sign-in and comes back through the redirect bridge; no popup blocker in the way); consent asked
 * later, when the advisor saves, comes in a popup so nothing typed is lost.
 */
export function startInBrowser(host: Host): Promise<Session> {
  return explained(async () => {
    const config = productionConfig();
    const getToken = await createMsalSignIn(
      {
        clientId: config.clientId,
        tenantId: config.tenantId,
        authorityHost: config.authorityHost,
        knownAuthority: config.knownAuthority,
      },
      { nested: false, firstSignIn: 'redirect' },
    );
    const session = await createSession(
      host,
      { graphBaseUrl: config.graphBaseUrl, storeSite: config.storeSite },
      getToken,
    );
    session.signIn = { path: 'browser', getToken };
    return session;
  });
}
