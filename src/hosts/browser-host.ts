import type * as HostMessages from './browser-host-messages';
import type { HostMessage } from './browser-host-messages';
import type { Host, HostMeeting, HostTheme } from './host';
import { localSettings } from './local-settings';

/** Messages the demo's Outlook stand-in posts to the pane it frames. */
export const OPEN_MEETING = 'home-turf:open-meeting';
export const CLOSE_MEETING = 'home-turf:close-meeting';
export const PANE_READY = 'home-turf:pane-ready';
/** The demo's Teams stand-in tells the tab it frames which theme the user picked. */
export const THEME_CHANGE = 'home-turf:theme';

export const HOST_THEMES = ['light', 'dark', 'contrast'] as const satisfies readonly HostTheme[];

/** The theme a demo page is opened in, `?theme=light|dark|contrast`; null when absent or unknown. */
export function themeFromSearch(search: string): HostTheme | null {
  const asked = new URLSearchParams(search).get('theme');
  return HOST_THEMES.find((theme) => theme === asked) ?? null;
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
  // The message schemas (zod) load after first paint; messages wait for them, in the order they came.
  let parser: Promise<typeof HostMessages> | null = null;
  const handle = (data: HostMessage | null) => {
    if (data === null) return;
    if (data.type === THEME_CHANGE) {
      if (data.theme === theme) return;
      theme = data.theme;
      for (const listener of themeListeners) listener(theme);
      return;
    }
    current = data.type === OPEN_MEETING ? data.meeting : null;
    for (const listener of listeners) listener(current);
  };
  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== win.location.origin) return;
    parser ??= import('./browser-host-messages');
    void parser.then(({ parseHostMessage }) => handle(parseHostMessage(event.data)));
  });
  if (win.parent !== win) win.parent.postMessage({ type: PANE_READY }, win.location.origin);
  const host: Host = {
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
  const settings = localSettings(win);
  if (settings !== undefined) host.settings = settings;
  return host;
}
