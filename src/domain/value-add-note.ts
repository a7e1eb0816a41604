import type {
  Article,
  ClientProfile,
  FileItem,
  FollowUp,
  HeardPriority,
  IsoDate,
  ValueKind,
} from './team-store';

/**
 * The value-add note an advisor writes after a meeting, from the form to the store's items. Pure:
 * ids and dates come in as arguments.
 */

export const VALUE_KINDS: readonly ValueKind[] = [
  'idea',
  'article',
  'insight',
  'best practice',
  'introduction',
];

/** What the note form knows when it opens: the meeting, its clients, their open work, the library. */
export type NoteContext = {
  meeting: { iCalUId?: string; subject: string; start: Date };
  clients: { email: string; name: string; profile: ClientProfile | null }[];
  /** Open work on those clients' files. */
  fileItems: FileItem[];
  /** The article library, to name the articles marked "bring it". */
  articles: Article[];
  /** Ids of the articles marked "bring it" on the card. */
  brought: string[];
};

/**
 * Every row of the form carries a key made when the row is made, so removing a row never hands
 * its neighbour's state (focus, typed text, a ticked box) to the row after it.
 */
export type NoteValue = {
  key: string;
  kind: ValueKind;
  text: string;
  /** The library article this row records as shared, when the row came from "bring it". */
  articleId: string | null;
};

export type NoteFollowUp = FollowUp & {
  key: string;
  /** Ours only: also create a Microsoft To Do task. */
  toDo: boolean;
  /** When the client owes it: which client of the note (by email). */
  clientEmail: string | null;
};

export type NoteHeard = HeardPriority & { key: string };

export type NoteDraft = {
  /** Client-generated before the first send; the key that makes every retry harmless. */
  noteId: string;
  meeting: { iCalUId?: string; subject: string; start: Date };
  clients: { email: string; name: string }[];
  authorEmail: string;
  /** What was offered; the rows with an article id are the articles shared in the meeting. */
  valueOffered: NoteValue[];
  followUps: NoteFollowUp[];
  prioritiesHeard: NoteHeard[];
  /** File item ids the client was updated on in the meeting. */
  fileUpdates: string[];
  storyLead: string;
  /** How each client seemed, 1 to 5, by lower-case email; a client left out was skipped. */
  pulses: Readonly<Record<string, number>>;
};

/** The articles a draft records as shared: those of its value rows that came from the library. */
export function articlesBrought(draft: Pick<NoteDraft, 'valueOffered'>): string[] {
  return [...new Set(draft.valueOffered.flatMap((v) => (v.articleId === null ? [] : [v.articleId])))];
}

export type NoteErrors = Partial<
  Record<'valueOffered' | 'followUps' | 'prioritiesHeard' | 'storyLead' | 'pulse' | 'clients', string>
>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a draft, per field, in words for the form; empty when it can be saved. A
 * note needs at least one thing in it: a value offered, a follow-up, a priority heard, a file
 * update or a story lead.
 */
export function checkNote(draft: NoteDraft): NoteErrors {
  const errors: NoteErrors = {};
  if (draft.clients.length === 0) errors.clients = 'A note is about at least one internal client.';
  if (draft.valueOffered.some((v) => v.text.trim() === '')) {
    errors.valueOffered = 'Say what the value was, or remove the empty line.';
  }
  const badFollowUp = draft.followUps.find(
    (f) => f.text.trim() === '' || (f.due !== null && !DATE.test(f.due)),
  );
  if (badFollowUp !== undefined) {
    errors.followUps =
      badFollowUp.text.trim() === ''
        ? 'Each follow-up needs a line saying what is to be done.'
        : 'A due date must be a real date.';
  }
  if (draft.followUps.some((f) => f.toDo && f.owner !== 'us')) {
    errors.followUps = 'Only our own follow-ups can become To Do tasks.';
  }
  const about = new Set(draft.clients.map((c) => c.email.toLowerCase()));
  if (draft.followUps.some((f) => f.owner === 'client' && !about.has((f.clientEmail ?? '').toLowerCase()))) {
    errors.followUps = 'A follow-up the client owes must name one of the clients the note is about.';
  }
  const badHeard = draft.prioritiesHeard.find(
    (p) => p.text.trim() === '' || (p.due !== null && !DATE.test(p.due)),
  );
  if (badHeard !== undefined) {
    errors.prioritiesHeard =
      badHeard.text.trim() === '' ? 'Each priority heard needs a line.' : 'A due date must be a real date.';
  }
  if (draft.storyLead.length > 500)
    errors.storyLead = 'Keep the story lead to one line (500 characters at most).';
  if (Object.values(draft.pulses).some((p) => !Number.isInteger(p) || p < 1 || p > 5)) {
    errors.pulse = 'The pulse is a whole number from 1 to 5.';
  }
  const empty =
    draft.valueOffered.length === 0 &&
    draft.followUps.length === 0 &&
    draft.prioritiesHeard.length === 0 &&
    draft.fileUpdates.length === 0 &&
    draft.storyLead.trim() === '';
  if (empty && errors.valueOffered === undefined) {
    errors.valueOffered =
      'Add at least one value offered, follow-up, priority heard, file update or story lead.';
  }
  return errors;
}

/** The NoteId of a note's item for one client: unique per item, stable across every retry. */
export function noteItemId(noteId: string, clientEmail: string): string {
  return `${noteId}:${clientEmail.toLowerCase()}`;
}

/**
 * The HomeTurfNotes items a draft becomes: one per client (so every query by client filters one
 * indexed column), each with its own unique NoteId, its own pulse, our follow-ups and those that
 * client owes (not another client's). The To Do choice is not stored (the task itself is the record).
 */
export function noteItems(
  draft: NoteDraft,
): { noteId: string; fields: Record<string, string | number | null> }[] {
  const brought = articlesBrought(draft);
  return draft.clients.map((client) => {
    const noteId = noteItemId(draft.noteId, client.email);
    const email = client.email.toLowerCase();
    const followUps = draft.followUps.filter(
      (f) => f.owner === 'us' || (f.clientEmail ?? '').toLowerCase() === email,
    );
    return {
      noteId,
      fields: {
        Title: draft.meeting.subject.slice(0, 255) || '(no subject)',
        NoteId: noteId,
        ClientEmail: client.email.toLowerCase(),
        MeetingICalUId: draft.meeting.iCalUId ?? '',
        MeetingDate: draft.meeting.start.toISOString(),
        AuthorEmail: draft.authorEmail.toLowerCase(),
        ValueOffered: JSON.stringify(draft.valueOffered.map((v) => ({ kind: v.kind, text: v.text.trim() }))),
        ArticlesBrought: JSON.stringify(brought),
        FollowUps: JSON.stringify(
          followUps.map((f) => ({ text: f.text.trim(), due: f.due, owner: f.owner, done: f.done })),
        ),
        PrioritiesHeard: JSON.stringify(
          draft.prioritiesHeard.map(({ kind, text, due }) => ({ kind, text: text.trim(), due })),
        ),
        StoryLead: draft.storyLead.trim(),
        Pulse: draft.pulses[email] ?? null,
      },
    };
  });
}

export type ProfileChange =
  | { kind: 'pressure'; text: string }
  | { kind: 'priority'; text: string; due: IsoDate | null }
  | { kind: 'kpi'; text: string };

/**
 * The changes to a client's profile that what was heard implies: new pressures, dated priorities
 * and KPIs not already there (compared without case). Shown to the advisor to confirm; never
 * applied silently.
 */
export function proposeProfileChanges(
  profile: ClientProfile | null,
  heard: readonly HeardPriority[],
): ProfileChange[] {
  const has = (list: readonly string[], text: string) =>
    list.some((t) => t.trim().toLowerCase() === text.trim().toLowerCase());
  return heard.flatMap((h): ProfileChange[] => {
    const text = h.text.trim();
    if (text === '') return [];
    if (h.kind === 'pressure') return has(profile?.pressures ?? [], text) ? [] : [{ kind: 'pressure', text }];
    if (h.kind === 'kpi') return has(profile?.evaluatedOn ?? [], text) ? [] : [{ kind: 'kpi', text }];
    return has(profile?.priorities.map((p) => p.text) ?? [], text)
      ? []
      : [{ kind: 'priority', text, due: h.due }];
  });
}

/** The profile with the confirmed changes applied. */
export function applyProfileChanges(
  profile: ClientProfile,
  changes: readonly ProfileChange[],
): ClientProfile {
  return {
    ...profile,
    pressures: [...profile.pressures, ...changes.flatMap((c) => (c.kind === 'pressure' ? [c.text] : []))],
    priorities: [
      ...profile.priorities,
      ...changes.flatMap((c) => (c.kind === 'priority' ? [{ text: c.text, due: c.due }] : [])),
    ],
    evaluatedOn: [...profile.evaluatedOn, ...changes.flatMap((c) => (c.kind === 'kpi' ? [c.text] : []))],
  };
}
