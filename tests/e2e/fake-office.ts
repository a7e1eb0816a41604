import type { BrowserContext } from 'playwright-core';
import { pageScript } from './chromium';

/**
 * Outlook on the web at the window edge: what Office.js gives the task pane and the sign-in
 * dialog, served in place of Office.js from Microsoft's CDN. It offers no nested app
 * authentication (NestedAppAuth 1.1), so sign-in takes the Office dialog: `displayDialogAsync`
 * opens the page in a window of its own, as Outlook on the web does, and `messageParent` in that
 * window hands its message to the pane's handler. Everything else is the real page.
 */

/** The appointment open in Outlook, in attendee mode, as Office.js describes it. */
export type FakeAppointment = {
  itemId: string;
  subject: string;
  start: string;
  end: string;
  organizer: { displayName: string; emailAddress: string };
  requiredAttendees: { displayName: string; emailAddress: string; appointmentResponse: string }[];
  userProfile: { displayName: string; emailAddress: string };
};

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Runs in the page, in place of Office.js; self-contained, so it is sent as its source text. */
function installOffice(appointment: FakeAppointment): void {
  const DIALOG_CLOSED = 12006;
  const newer = (version: string, than: string): boolean => {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const [tMajor = 0, tMinor = 0] = than.split('.').map(Number);
    return major > tMajor || (major === tMajor && minor > tMinor);
  };
  const settings = new Map<string, unknown>();
  const office = {
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      OfficeThemeChanged: 'officeThemeChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: 'en-GB',
      // Mailbox up to 1.5; no NestedAppAuth, as in an Outlook client without it.
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'Mailbox' && (version === undefined || !newer(version, '1.5')),
      },
      mailbox: {
        diagnostics: { hostName: 'OutlookWebApp' },
        userProfile: appointment.userProfile,
        addHandlerAsync: () => undefined,
        item: {
          itemType: 'appointment',
          itemId: appointment.itemId,
          subject: appointment.subject,
          start: new Date(appointment.start),
          end: new Date(appointment.end),
          organizer: appointment.organizer,
          requiredAttendees: appointment.requiredAttendees,
          optionalAttendees: [],
        },
      },
      roamingSettings: {
        get: (name: string) => settings.get(name),
        set: (name: string, value: unknown) => settings.set(name, value),
        remove: (name: string) => settings.delete(name),
        saveAsync: (callback: (result: { status: string }) => void) => {
          callback({ status: 'succeeded' });
        },
      },
      ui: {
        displayDialogAsync(
          url: string,
          options: { height: number; width: number },
          callback: (result: unknown) => void,
        ) {
          const dialog = window.open(
            url,
            'office-dialog',
            `popup,width=${options.width * 10},height=${options.height * 10}`,
          );
          if (dialog === null) {
            callback({ status: 'failed', error: { code: 12009, message: 'The dialog was blocked.' } });
            return;
          }
          const handlers = new Map<string, (arg: unknown) => void>();
          const stop = () => {
            clearInterval(watch);
            window.removeEventListener('message', onMessage);
          };
          const onMessage = (event: MessageEvent<{ officeDialogMessage?: string }>) => {
            if (event.source !== dialog || event.origin !== location.origin) return;
            const message = event.data.officeDialogMessage;
            if (typeof message === 'string')
              handlers.get('dialogMessageReceived')?.({ message, origin: event.origin });
          };
          window.addEventListener('message', onMessage);
          // Outlook tells the pane when the user closes the dialog.
          const watch = setInterval(() => {
            if (!dialog.closed) return;
            stop();
            handlers.get('dialogEventReceived')?.({ error: DIALOG_CLOSED });
          }, 200);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
              close: () => {
                stop();
                dialog.close();
              },
            },
          });
        },
        // In the dialog: the message goes to the pane that opened it.
        messageParent(message: string) {
          (window.opener as Window | null)?.postMessage({ officeDialogMessage: message }, location.origin);
        },
      },
    },
  };
  (window as unknown as { Office: unknown }).Office = office;
}

/** Serves the stand-in wherever a page of `context` loads Office.js. */
export async function fakeOutlook(context: BrowserContext, appointment: FakeAppointment): Promise<void> {
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `${pageScript(installOffice)}(${JSON.stringify(appointment)});`,
    }),
  );
}
