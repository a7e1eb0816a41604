import { z } from 'zod';
import type { Host, HostMeeting, HostTheme } from './host';

/** Messages the demo's Outlook stand-in posts to the pane it frames. */
export const OPEN_MEETING = 'home-turf:open-meeting';
export const CLOSE_MEETING = 'home-turf:close-meeting';
export const PANE_READY = 'home-turf:pane-ready';
/** The demo's Teams stand-in tells the tab it frames which theme the user picked. */
export const THEME_CHANGE = 'home-turf:theme';

const hostTheme = z.enum(['light', 'dark', 'contrast']);

/** The theme a demo page is opened in, `?theme=light|dark|contrast`; null when absent or unknown. */
export function themeFromSearch(search: string): HostTheme | null {
  const parsed = hostTheme.safeParse(new URLSearchParams(search).get('theme'));
  return parsed.success ? parsed.data : null;
}

const participant = z.object({ name: z.string(), email: z.string().optional() });
const hostMeeting = z.object({
  itemId: z.string().optional(),
  subject: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  isAllDay: z.boolean(),
  organizer: participant,
  attendees: z.array(
    participant.extend({
      type: z.enum(['required', 'optional', 'resource']),
      response: z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']),
    }),
  ),
});
const message = z.discriminatedUnion('type', [
  z.object({ type: z.literal(OPEN_MEETING), meeting: hostMeeting }),
  z.object({ type: z.literal(CLOSE_MEETING) }),
  z.object({ type: z.literal(THEME_CHANGE), theme: hostTheme }),
]);

/** The wire form of a HostMeeting (dates as ISO strings), for postMessage. */
export type HostMeetingMessage = z.input<typeof hostMeeting>;

export function toMessage(meeting: HostMeeting): HostMeetingMessage {
  const { start, end, attendees, ...rest } = meeting;
  return { ...rest, attendees: [...attendees], start: start.toISOString(), end: end.toISOString() };
}

function fromMessage(data: z.infer<typeof hostMeeting>): HostMeeting {
  const { start, end, itemId, attendees, organizer, ...rest } = data;
  const meeting: HostMeeting = {
    ...rest,
    organizer: clean(organizer),
    attendees: attendees.map(clean),
    start: new Date(start),
    end: new Date(end),
  };
  if (itemId !== undefined) meeting.itemId = itemId;
  return meeting;
}

/** Drops `email: undefined` so the object satisfies exact optional properties. */
function clean<T extends { email?: string | undefined }>(p: T): Omit<T, 'email'> & { email?: string } {
  const { email, ...rest } = p;
  return email === undefined ? rest : { ...rest, email };
}

/**
 * The demo host: the pane runs in an iframe of the Outlook stand-in, which posts the meeting the
 * user clicked, the way Outlook hands an add-in its current item; a tab framed by the Teams
 * stand-in is told its theme the same way, as Teams tells a tab. The theme starts from `?theme=`
 * (else the system's light or dark preference). Messages from any other origin or of any other
 * shape are ignored.
 */
export function createBrowserHost(win: Window = window): Host {
  let current: HostMeeting | null = null;
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  const dark = typeof win.matchMedia === 'function' && win.matchMedia('(prefers-color-scheme: dark)').matches;
  let theme: HostTheme = themeFromSearch(win.location.search) ?? (dark ? 'dark' : 'light');
  const listeners = new Set<(meeting: HostMeeting | null) => void>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== win.location.origin) return;
    const parsed = message.safeParse(event.data);
    if (!parsed.success) return;
    const data = parsed.data;
    if (data.type === THEME_CHANGE) {
      if (data.theme === theme) return;
      theme = data.theme;
      for (const listener of themeListeners) listener(theme);
      return;
    }
    current = data.type === OPEN_MEETING ? fromMessage(data.meeting) : null;
    for (const listener of listeners) listener(current);
  });
  if (win.parent !== win) win.parent.postMessage({ type: PANE_READY }, win.location.origin);
  return {
    kind: 'browser',
    currentMeeting: () => current,
    onMeetingChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get theme() {
      return theme;
    },
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => {
        themeListeners.delete(listener);
      };
    },
    locale: resolved.locale,
    timeZone: resolved.timeZone,
  };
}
