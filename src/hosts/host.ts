import type { Attendee, Participant } from '../domain/meeting';

/**
 * The meeting the host has open, as Outlook gives it to an add-in: no Graph call needed for
 * these. `itemId` is the Graph (REST) id, absent for a new meeting not saved yet.
 */
export type HostMeeting = {
  itemId?: string;
  subject: string;
  start: Date;
  end: Date;
  organizer: Participant;
  attendees: readonly Attendee[];
  isAllDay: boolean;
};

export type HostTheme = 'light' | 'dark' | 'contrast';

/** What every host (Outlook, Teams, the browser demo) gives the app; features read nothing else. */
export type Host = {
  kind: 'outlook' | 'teams' | 'browser';
  /** The meeting open in the host, or null when the pane is open outside a meeting. */
  currentMeeting(): HostMeeting | null;
  /** Called when the host opens another meeting, or none; returns an unsubscribe function. */
  onMeetingChange(listener: (meeting: HostMeeting | null) => void): () => void;
  theme: HostTheme;
  /** Called when the host's theme changes; returns an unsubscribe function. */
  onThemeChange?(listener: (theme: HostTheme) => void): () => void;
  locale: string;
  timeZone: string;
  /**
   * Where the team store lives when the host knows (Teams: the team's SharePoint site, as
   * `host:/sites/path`); otherwise the configuration says.
   */
  storeSite?: string;
  /**
   * Small settings kept for the signed-in user: Outlook's roaming settings (they follow the
   * mailbox to every device), the browser's local storage elsewhere. Absent where neither exists.
   */
  settings?: HostSettings;
};

/** A few JSON values by name, remembered for the user. */
export type HostSettings = {
  get(name: string): unknown;
  /** Resolves once the value is saved where the host keeps it. */
  set(name: string, value: unknown): Promise<void>;
};
