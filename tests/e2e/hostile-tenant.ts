import { DEMO_USER_UPN, STORE_LISTS, generateSeedTenant } from '../../src/sandbox/seed';
import type { SpecEvent, SpecList, SpecListItem, SpecUser, TenantSpec } from '../../src/sandbox/tenant-spec';
import { EVIL_HOST, LONG_UNBROKEN, PAYLOADS, type Payload } from './hostile-corpus';
import {
  DORA,
  MALFORMED_MEETINGS,
  MARA,
  QUINN,
  UNREADABLE_IN_CALENDAR,
  address,
  malformedOverrides,
} from './hostile-malformed';

/**
 * Northwind's seed with hostile data added: one meeting per payload (payload in its subject, its
 * agenda and its two people's names) in an otherwise empty week two weeks ahead, a client whose
 * profile, file and article library are made of payloads, huge meetings, and malformed Graph
 * answers served through the tenant's raw overrides.
 */

/** A Tuesday morning, as in the other end-to-end tests. */
export const HOSTILE_NOW = new Date('2026-11-24T08:00:00Z');
/** Days from today to the Monday of the hostile week (7 December), past the seed's three weeks. */
const HOSTILE_MONDAY = 13;
/** The same week, as the calendar's "Next week" presses from today's. */
export const WEEKS_AHEAD = 2;

const DOMAIN = 'northwind.example';

/** A client whose profile, file and library matches are payloads. */
export const PETRA = { name: 'Petra Canary', email: address('petra.canary'), firstName: 'Petra' };
export const organizerOf = (p: Payload) => address(`hostile.organizer.${p.id.toLowerCase()}`);
export const attendeeOf = (p: Payload) => address(`hostile.attendee.${p.id.toLowerCase()}`);

/** Markers around each payload in its agenda: the first must always show. */
export const agendaStart = (p: Payload) => `Agenda ${p.id} begins.`;

/** Words Petra's profile shares with the hostile articles, so they rank first on her card. */
const CANARY_WORDS = 'canary launch readiness';

export const SUBJECTS = {
  profile: 'Petra: profile, file and library review',
  note: 'Petra: hostile note review',
  hugeBody: 'Huge agenda: one megabyte',
  crowd: 'Town hall: 500 people invited',
} as const;

const slot = (index: number): SpecEvent['start'] => {
  const day = HOSTILE_MONDAY + (index % 5);
  const minutes = 8 * 60 + Math.floor(index / 5) * 30;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { day, time: `${hh}:${mm}` };
};

const user = (displayName: string, mail: string, department: string): SpecUser => ({
  displayName,
  mail,
  department,
  jobTitle: 'Manager',
});

/** About a megabyte of agenda: sections of ordinary text, then a very long unbroken word. */
export function hugeAgenda(): string {
  const section = (n: number) =>
    `<h2>Section ${n}</h2><p>${'Quarterly planning notes with owners, dates and decisions. '.repeat(30)}</p>`;
  const sections = Array.from({ length: 560 }, (_, n) => section(n + 1)).join('');
  return `<p>Huge agenda begins.</p>${sections}<p>${LONG_UNBROKEN}</p><p>Huge agenda ends.</p>`;
}

/** URLs for the article library: only the https ones may ever become links. */
export const ARTICLE_URLS: readonly { url: string; safe: boolean }[] = [
  { url: "javascript:window.__pwned='url';alert('url')", safe: false },
  { url: 'JaVaScRiPt:window.__pwned=1', safe: false },
  { url: 'java\tscript:window.__pwned=1', safe: false },
  { url: ' javascript:window.__pwned=1', safe: false },
  { url: '&#106;avascript:window.__pwned=1', safe: false },
  { url: 'data:text/html,<script>window.__pwned=1</script>', safe: false },
  { url: 'vbscript:msgbox(1)', safe: false },
  { url: `http://${EVIL_HOST}/plain-http`, safe: false },
  { url: `//${EVIL_HOST}/protocol-relative`, safe: false },
  { url: `https://${EVIL_HOST}/"><script>window.__pwned=1</script>`, safe: true },
  { url: `https://${EVIL_HOST}/a?x=<img src=x onerror=window.__pwned=1>`, safe: true },
];

/** Titles of the articles with those URLs: letters, so no title is the start of another. */
export const linkTitle = (index: number) => `Hostile link ${String.fromCharCode(65 + index)}`;

function listOf(spec: TenantSpec, name: string): SpecList {
  const list = spec.sites?.flatMap((s) => s.lists).find((l) => l.name === name);
  if (!list) throw new Error(`The seed has no list ${name}`);
  return list;
}

function append(list: SpecList, items: Omit<SpecListItem, 'id'>[]): void {
  let next = Math.max(0, ...list.items.map((i) => Number(i.id ?? 0))) + 1;
  for (const item of items) list.items.push({ ...item, id: String(next++) });
}

/** The hostile tenant, and the overrides that make parts of its answers malformed. */
export function hostileTenant(): TenantSpec {
  const spec = generateSeedTenant(HOSTILE_NOW);
  const texts = PAYLOADS.map((p) => p.text);
  spec.users.push(
    user(PETRA.name, PETRA.email, 'HR'),
    user(QUINN.name, QUINN.email, 'Finance'),
    user(MARA.name, MARA.email, 'Operations'),
    user(DORA.name, DORA.email, 'IT'),
    ...PAYLOADS.flatMap((p) => [
      user(p.text, organizerOf(p), 'HR'),
      user(p.text, attendeeOf(p), 'Marketing'),
    ]),
  );

  const events: SpecEvent[] = PAYLOADS.map((p, i) => ({
    key: `hostile-${p.id}`,
    subject: p.text,
    start: slot(i),
    durationMinutes: 30,
    organizer: organizerOf(p),
    attendees: [{ email: attendeeOf(p), response: 'accepted' }],
    bodyHtml: `<p>${agendaStart(p)}</p>${p.text}<p>Agenda ${p.id} ends.</p>`,
  }));
  let next = PAYLOADS.length;
  const meeting = (subject: string, attendees: string[], extra: Partial<SpecEvent> = {}): SpecEvent => ({
    key: `hostile-${subject}`,
    subject,
    start: slot(next++),
    durationMinutes: 30,
    attendees: attendees.map((email) => ({ email, response: 'accepted' as const })),
    bodyHtml: `<p>${subject}: agenda.</p>`,
    ...extra,
  });
  events.push(
    meeting(SUBJECTS.profile, [PETRA.email]),
    meeting(SUBJECTS.hugeBody, [PETRA.email], { bodyHtml: hugeAgenda() }),
    meeting(
      SUBJECTS.crowd,
      Array.from({ length: 500 }, (_, n) => address(`guest${n + 1}`)),
    ),
    meeting('Quinn: malformed store records', [QUINN.email]),
    ...MALFORMED_MEETINGS.map((m) =>
      meeting(m.subject, [m.subject.includes('directory') ? DORA.email : MARA.email]),
    ),
    meeting(UNREADABLE_IN_CALENDAR, [MARA.email]),
    // Yesterday evening, so the value-add note can be written now; in this week's calendar.
    {
      key: 'hostile-note',
      subject: SUBJECTS.note,
      start: { day: -1, time: '18:00' },
      durationMinutes: 30,
      attendees: [{ email: PETRA.email, response: 'accepted' }],
    },
  );
  spec.events.push(...events);

  append(listOf(spec, STORE_LISTS.clients), [
    {
      fields: {
        Title: PETRA.name,
        ClientEmail: PETRA.email,
        Department: 'HR',
        OwnerEmail: DEMO_USER_UPN,
        Pressures: JSON.stringify([`Get the ${CANARY_WORDS} right`, ...texts]),
        Priorities: JSON.stringify(
          texts.map((text, i) => ({ text, due: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}` })),
        ),
        EvaluatedOn: JSON.stringify(texts),
        SharedKpis: JSON.stringify(texts.slice(0, 5)),
        Background: texts.join('\n'),
      },
    },
    {
      fields: {
        Title: QUINN.name,
        ClientEmail: QUINN.email,
        Department: 'Finance',
        OwnerEmail: DEMO_USER_UPN,
        Pressures: '["Close the year"]',
        Priorities: '{not json',
        EvaluatedOn: '[1, {"a": 2}, "Cash conversion", null]',
        SharedKpis: '"a string, not a list"',
      },
    },
  ]);
  append(listOf(spec, STORE_LISTS.fileItems), [
    ...PAYLOADS.map((p) => ({
      fields: {
        Title: p.text,
        ItemKey: `hostile-${p.id}`,
        ClientEmail: PETRA.email,
        Status: 'In progress',
        OwnerEmail: DEMO_USER_UPN,
        LastUpdateSent: '2026-11-02T10:00:00Z',
      },
    })),
    { fields: { Title: 'Quinn: year-end pack', ItemKey: 'quinn-1', ClientEmail: QUINN.email } },
    { fields: { Title: 'Quinn: budget letter', ItemKey: 'quinn-2', ClientEmail: QUINN.email } },
  ]);
  append(listOf(spec, STORE_LISTS.articles), [
    ...PAYLOADS.map((p) => ({
      fields: {
        Title: p.text,
        ArticleKey: `hostile-title-${p.id}`,
        Url: `https://intranet.${DOMAIN}/articles/hostile-${p.id.toLowerCase()}`,
        Summary: `${CANARY_WORDS}: ${p.text}`,
        Tags: JSON.stringify(['canary', 'launch readiness']),
        Source: p.text,
        Published: '2026-11-20T00:00:00Z',
      },
    })),
    ...ARTICLE_URLS.map(({ url }, i) => ({
      fields: {
        Title: linkTitle(i),
        ArticleKey: `hostile-url-${i + 1}`,
        Url: url,
        Summary: 'An article whose link is not what it seems.',
        Tags: '["links"]',
        Published: '2026-11-19T00:00:00Z',
      },
    })),
  ]);
  append(listOf(spec, STORE_LISTS.notes), [
    {
      fields: {
        Title: 'Quinn: malformed note',
        NoteId: 'quinn-note-1',
        ClientEmail: QUINN.email,
        MeetingDate: '2026-11-16T10:00:00Z',
        AuthorEmail: DEMO_USER_UPN,
        ValueOffered: 'not json',
        FollowUps: '[{"text": 5}, {"owner": "them"}]',
        PrioritiesHeard: '{}',
      },
    },
  ]);

  spec.rawOverrides = malformedOverrides();
  return spec;
}
