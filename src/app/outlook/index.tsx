import { createOutlookSignIn } from '../../auth/outlook-sign-in';
import type { Session } from '../../features/session';
import type { Host } from '../../hosts/host';
import { createOutlookHost, officeForSignIn, pageOffice } from '../../hosts/outlook/outlook-host';
import { createSession } from '../shared/create-session';
import { mountSurface } from '../shared/mount-surface';
import { productionConfig } from '../shared/production-config';
import { Taskpane } from '../taskpane/taskpane';

/**
 * The task pane in Outlook: the Outlook host, sign-in through Office, the organisation's
 * configuration. Opened anywhere but Outlook, the page says so instead of staying blank.
 */
async function main(): Promise<void> {
  try {
    const { office, host } = await openInOutlook();
    mountSurface(<Taskpane />, host, () => start(host, office));
  } catch (error: unknown) {
    const problem = error instanceof Error ? error : new Error(String(error));
    mountSurface(<Taskpane />, nowhere(), () => Promise.reject(problem));
  }
}

async function openInOutlook() {
  const office = pageOffice();
  return { office, host: await createOutlookHost(office) };
}

async function start(host: Host, office: ReturnType<typeof pageOffice>): Promise<Session> {
  const config = productionConfig();
  const getToken = await createOutlookSignIn(
    { clientId: config.clientId, tenantId: config.tenantId },
    officeForSignIn(office),
  );
  return createSession(host, { graphBaseUrl: config.graphBaseUrl, storeSite: config.storeSite }, getToken);
}

/** A host with no meeting, only there to carry the start-up failure's message. */
function nowhere(): Host {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  return {
    kind: 'outlook',
    currentMeeting: () => null,
    onMeetingChange: () => () => undefined,
    theme: 'light',
    locale: resolved.locale,
    timeZone: resolved.timeZone,
  };
}

void main();
