import { isCalendarDate } from './calendar-date';
import type { ClientProfile, FileItem, FileItemStatus } from './team-store';

/**
 * A client profile and the work on their file, as the profile editor holds them while the advisor
 * types. Pure: ids come in as arguments.
 */

export const FILE_ITEM_STATUSES: readonly FileItemStatus[] = [
  'Not started',
  'In progress',
  'Waiting on client',
  'Done',
];

export type FileItemDraft = {
  /** Client-generated, unique: the `ItemKey` that makes a retried create harmless. */
  key: string;
  /** The stored item, for work already on the file; absent for new work. */
  original?: FileItem;
  title: string;
  status: FileItemStatus;
  /** `YYYY-MM-DD`, or '' for none. */
  nextUpdateDue: string;
};

export type ClientDraft = {
  /** Who the client is, from the directory; null until chosen. */
  client: { email: string; displayName: string; department?: string } | null;
  ownerEmail: string;
  pressures: string[];
  priorities: { text: string; due: string }[];
  /** The KPIs they are evaluated on; `shared` marks those the comms team shares with them. */
  kpis: { text: string; shared: boolean }[];
  background: string;
  fileItems: FileItemDraft[];
};

export type ClientField =
  'client' | 'owner' | 'pressures' | 'priorities' | 'kpis' | 'background' | 'fileItems';
export type ClientErrors = Partial<Record<ClientField, string>>;

export function emptyClientDraft(ownerEmail: string): ClientDraft {
  return {
    client: null,
    ownerEmail,
    pressures: [],
    priorities: [],
    kpis: [],
    background: '',
    fileItems: [],
  };
}

export function draftFromProfile(profile: ClientProfile, fileItems: readonly FileItem[]): ClientDraft {
  const shared = new Set(profile.sharedKpis.map((k) => k.toLowerCase()));
  const client: NonNullable<ClientDraft['client']> = {
    email: profile.email,
    displayName: profile.displayName,
  };
  if (profile.department !== undefined) client.department = profile.department;
  return {
    client,
    ownerEmail: profile.ownerEmail ?? '',
    pressures: [...profile.pressures],
    priorities: profile.priorities.map((p) => ({ text: p.text, due: p.due ?? '' })),
    kpis: profile.evaluatedOn.map((text) => ({ text, shared: shared.has(text.toLowerCase()) })),
    background: profile.background ?? '',
    fileItems: fileItems.map((item) => ({
      key: `item-${item.id}`,
      original: item,
      title: item.title,
      status: item.status,
      nextUpdateDue: item.nextUpdateDue ?? '',
    })),
  };
}

const blankLine = (lines: readonly string[]) => lines.some((l) => l.trim() === '');
const badDate = (d: string) => d.trim() !== '' && !isCalendarDate(d.trim());

/** What is wrong with a draft, per field, in words for the form; empty when it can be saved. */
export function checkClientDraft(draft: ClientDraft): ClientErrors {
  const errors: ClientErrors = {};
  if (draft.client === null) errors.client = 'Choose the client from the directory.';
  if (draft.ownerEmail.trim() === '') errors.owner = 'Choose who in the team owns the relationship.';
  if (blankLine(draft.pressures)) errors.pressures = 'Each pressure needs a line, or remove the empty one.';
  if (draft.priorities.some((p) => p.text.trim() === ''))
    errors.priorities = 'Each priority needs a line, or remove the empty one.';
  else if (draft.priorities.some((p) => badDate(p.due)))
    errors.priorities = 'A due date must be a real date.';
  const kpis = draft.kpis.map((k) => k.text.trim().toLowerCase());
  if (kpis.includes('')) errors.kpis = 'Each KPI needs a name, or remove the empty one.';
  else if (new Set(kpis).size < kpis.length) errors.kpis = 'Each KPI once: one is listed twice.';
  if (draft.background.length > 5000) errors.background = 'Keep the background to 5,000 characters.';
  const items = draft.fileItems;
  if (items.some((f) => f.title.trim() === ''))
    errors.fileItems = 'Each piece of work needs a title, or remove the empty one.';
  else if (items.some((f) => f.title.trim().length > 255))
    errors.fileItems = 'Keep each title to 255 characters.';
  else if (items.some((f) => badDate(f.nextUpdateDue)))
    errors.fileItems = 'A next update date must be a real date.';
  return errors;
}

/** The profile a checked draft describes; `base` keeps the stored id and etag of an edited one. */
export function profileFromDraft(
  draft: ClientDraft,
  base: Pick<ClientProfile, 'id'> & Partial<ClientProfile>,
): ClientProfile {
  const client = draft.client;
  if (client === null) throw new Error('A client profile needs a client.');
  const evaluatedOn = draft.kpis.map((k) => k.text.trim());
  const profile: ClientProfile = {
    ...base,
    displayName: client.displayName,
    email: client.email.toLowerCase(),
    ownerEmail: draft.ownerEmail.toLowerCase(),
    pressures: draft.pressures.map((p) => p.trim()),
    priorities: draft.priorities.map((p) => ({
      text: p.text.trim(),
      due: p.due.trim() === '' ? null : p.due.trim(),
    })),
    evaluatedOn,
    sharedKpis: draft.kpis.filter((k) => k.shared).map((k) => k.text.trim()),
  };
  const department = client.department ?? base.department;
  if (department === undefined) delete profile.department;
  else profile.department = department;
  const background = draft.background.trim();
  if (background === '') delete profile.background;
  else profile.background = background;
  return profile;
}

/** The stored work a file item draft describes, on `clientEmail`'s file. */
export function fileItemFromDraft(draft: FileItemDraft, clientEmail: string, ownerEmail: string): FileItem {
  const item: FileItem = {
    id: draft.original?.id ?? '',
    title: draft.title.trim(),
    clientEmail: clientEmail.toLowerCase(),
    status: draft.status,
    lastUpdateSent: draft.original?.lastUpdateSent ?? null,
    nextUpdateDue: draft.nextUpdateDue.trim() === '' ? null : draft.nextUpdateDue.trim(),
  };
  const owner = draft.original?.ownerEmail ?? ownerEmail.toLowerCase();
  if (owner !== '') item.ownerEmail = owner;
  if (draft.original?.etag !== undefined) item.etag = draft.original.etag;
  return item;
}
