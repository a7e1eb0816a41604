import { createDemoSignIn } from '../../auth/demo-sign-in';
import type { Session } from '../../features/session';
import type { Host } from '../../hosts/host';
import { demoConfig } from './config';
import { createSession, explained } from './create-session';

/** Signs in to the demo tenant (`npm start`), then starts the session as every surface does. */
export function createDemoSession(host: Host, origin: string, search = ''): Promise<Session> {
  return explained(async () => {
    const config = demoConfig(origin, search);
    const getToken = createDemoSignIn(config.tenantOrigin);
    const session = await createSession(
      host,
      {
        graphBaseUrl: config.graphBaseUrl,
        storeSite: config.storeSite,
        ...(config.pinnedStoreSite === undefined ? {} : { pinnedStoreSite: config.pinnedStoreSite }),
      },
      getToken,
    );
    session.signIn = { path: 'demo', getToken };
    if (config.loader === 'sequential') session.prepCardRequests = 'sequential';
    return session;
  });
}
