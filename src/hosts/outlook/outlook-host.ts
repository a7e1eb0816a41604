import type { OfficeForSignIn } from '../../auth/outlook-sign-in';
import type { Host, HostMeeting, HostSettings, HostTheme } from '../host';
import { readAppointment } from './read-appointment';
import { themeOf } from './outlook-theme';

/** The page was not opened by Outlook: Office.js is missing, silent, or another application loaded it. */
export class NotInOutlookError extends Error {
  override readonly name = 'NotInOutlookError';

  constructor(reason: string) {
    super(`Home Turf must be opened from Outlook: ${reason}`);
  }
}

export type OutlookHostOptions = {
  /**
   * How long to wait for Office.js to say which application opened the page.
   * @default 10000
   */
  readyTimeoutMs?: number;
};

/** Office.js as the page loaded it from Microsoft's CDN; throws NotInOutlookError when it did not load. */
export function pageOffice(): typeof Office {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined) throw new NotInOutlookError('Office.js did not load on this page.');
  return office;
}

/** Whether Outlook offers nested app authentication, the sign-in that needs no dialog. */
export function supportsNestedAppAuth(office: typeof Office): boolean {
  return office.context.requirements.isSetSupported('NestedAppAuth', '1.1');
}

/**
 * Office.js as sign-in describes it. The shapes agree at runtime; only the typings differ, which
 * declare `AsyncResultStatus` and `EventType` as numeric enums while Office.js hands out the
 * strings ('succeeded', 'dialogMessageReceived') sign-in compares with.
 */
export function officeForSignIn(office: typeof Office): OfficeForSignIn {
  return office as unknown as OfficeForSignIn;
}

/**
 * The Outlook host: waits for Office.js, reads the appointment the pane was opened on (attendee
 * or organizer mode) and Outlook's theme and display language.
 *
 * The meeting is read once, at start. Outlook opens one task pane per appointment: pinning, and
 * with it `ItemChanged`, does not exist for appointments. The handler is still registered where
 * Mailbox 1.5 offers it, so a client that ever sends it gets the new item rather than a stale card.
 *
 * The time zone is the browser's: Outlook's `userProfile.timeZone` is a Windows zone name
 * ("Pacific Standard Time") that `Intl` cannot use, and the browser's zone is the one Outlook on
 * the web and the desktop clients show times in for this device.
 */
export async function createOutlookHost(
  office: typeof Office = pageOffice(),
  options: OutlookHostOptions = {},
): Promise<Host> {
  const ready = await waitForOutlook(office, options.readyTimeoutMs ?? 10_000);
  let current = await readAppointment(ready).catch((error: unknown) => {
    throw new Error(`Home Turf could not read this meeting from Outlook: ${messageOf(error)}`);
  });
  const meetingListeners = new Set<(meeting: HostMeeting | null) => void>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  let theme = themeOf(ready.context.officeTheme);
  const mailbox = ready.context.mailbox;
  // The typings mark it always present; a client without Mailbox 1.5 events may lack it.
  const canListen = 'addHandlerAsync' in mailbox;
  const supports = (version: string) => ready.context.requirements.isSetSupported('Mailbox', version);

  if (canListen && supports('1.5')) {
    // Only the latest selection counts when reads overlap.
    let selection = 0;
    mailbox.addHandlerAsync(ready.EventType.ItemChanged, () => {
      const mine = ++selection;
      readAppointment(ready).then(
        (meeting) => {
          if (mine !== selection) return;
          current = meeting;
          for (const listener of meetingListeners) listener(meeting);
        },
        (error: unknown) => {
          console.error('Home Turf could not read the item Outlook opened', error);
        },
      );
    });
  }
  if (canListen && supports('1.14')) {
    mailbox.addHandlerAsync(
      ready.EventType.OfficeThemeChanged,
      (args: Office.OfficeThemeChangedEventArgs) => {
        const next = themeOf(args.officeTheme);
        if (next === theme) return;
        theme = next;
        for (const listener of themeListeners) listener(next);
      },
    );
  }

  const host: Host = {
    kind: 'outlook',
    currentMeeting: () => current,
    onMeetingChange(listener) {
      meetingListeners.add(listener);
      return () => meetingListeners.delete(listener);
    },
    get theme() {
      return theme;
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    locale: localeOf(ready.context.displayLanguage),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  const roaming = ready.context.roamingSettings as Office.RoamingSettings | undefined;
  if (roaming !== undefined) host.settings = roamingSettings(roaming);
  return host;
}

/**
 * Outlook's roaming settings: stored in the mailbox, so a choice made in Outlook on the web is
 * there in new Outlook and on the phone. `saveAsync` sends every setting at once (32 KB at most).
 */
export function roamingSettings(roaming: Office.RoamingSettings): HostSettings {
  return {
    get: (name) => roaming.get(name) as unknown,
    set(name, value) {
      if (value === undefined) roaming.remove(name);
      else roaming.set(name, value);
      return new Promise((resolve, reject) => {
        roaming.saveAsync((result) => {
          // Office.js hands out the string 'failed'; the typings declare a numeric enum.
          if (String(result.status) === 'failed') {
            reject(new Error(`Outlook did not save the setting: ${result.error.message}`));
          } else resolve();
        });
      });
    },
  };
}

/** Office.onReady, bounded: outside any Office application it may never settle. */
async function waitForOutlook(office: typeof Office, timeoutMs: number): Promise<typeof Office> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new NotInOutlookError(`Office did not answer within ${timeoutMs / 1000} seconds.`));
    }, timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]).catch((error: unknown) => {
      if (error instanceof NotInOutlookError) throw error;
      throw new NotInOutlookError(`Office.js could not start (${messageOf(error)}).`);
    });
    // Outside Office, onReady answers with no host at all.
    const host = info.host as Office.HostType | null;
    if (host !== office.HostType.Outlook) {
      throw new NotInOutlookError(
        host === null ? 'this page was opened outside Office.' : `this page was opened in ${String(host)}.`,
      );
    }
    return office;
  } finally {
    clearTimeout(timer);
  }
}

/** Outlook's display language as a locale `Intl` accepts, else the browser's. */
function localeOf(language: string | undefined): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(language ?? []);
    if (canonical !== undefined) return canonical;
  } catch {
    // A tag Intl rejects: fall through to the browser's locale.
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
