import '../../zod-without-eval';
import type { Host } from '../../hosts/host';
import { createOutlookHost, pageOffice } from '../../hosts/outlook/outlook-host';
import { lazySurface } from '../shared/lazy-surface';
import { mountSurface } from '../shared/mount-surface';

const Taskpane = lazySurface(() => import('../taskpane/taskpane').then((m) => m.Taskpane));

/**
 * The task pane in Outlook: the Outlook host, sign-in through Office, the organisation's
 * configuration. Opened anywhere but Outlook, the page says so instead of staying blank.
 */
async function main(): Promise<void> {
  try {
    const { office, host } = await openInOutlook();
    // Sign-in (MSAL) and the Graph layer load after the shell has painted.
    mountSurface(<Taskpane />, host, () =>
      import('./start-in-outlook').then((m) => m.startInOutlook(host, office)),
    );
  } catch (error: unknown) {
    const problem = error instanceof Error ? error : new Error(String(error));
    mountSurface(<Taskpane />, nowhere(), () => Promise.reject(problem));
  }
}

async function openInOutlook() {
  const office = pageOffice();
  return { office, host: await createOutlookHost(office) };
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
