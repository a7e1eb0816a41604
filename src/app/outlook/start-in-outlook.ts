import { createOutlookSignIn } from '../../auth/outlook-sign-in';
import type { Session } from '../../features/session';
import type { Host } from '../../hosts/host';
import { officeForSignIn, type pageOffice } from '../../hosts/outlook/outlook-host';
import { createSession, explained } from '../shared/create-session';
import { productionConfig } from '../shared/production-config';

/** Sign-in through Office with the organisation's configuration, then the session. */
export function startInOutlook(host: Host, office: ReturnType<typeof pageOffice>): Promise<Session> {
  return explained(async () => {
    const config = productionConfig();
    const getToken = await createOutlookSignIn(
      {
        clientId: config.clientId,
        tenantId: config.tenantId,
        authorityHost: config.authorityHost,
        knownAuthority: config.knownAuthority,
      },
      officeForSignIn(office),
    );
    return createSession(host, { graphBaseUrl: config.graphBaseUrl, storeSite: config.storeSite }, getToken);
  });
}
