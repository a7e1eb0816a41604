import { instancesInWindow, type EventInstance } from '../../../src/sandbox/event-instances';
import { resolveTenant } from '../../../src/sandbox/resolve-tenant';
import {
  CLIENT_DEPARTMENTS,
  COMMS_TEAM_UPNS,
  DEMO_USER_UPN,
  EMPTY_TEAM_SITE_PATH,
  generateSeedTenant,
  SEED_CLIENT_WITHOUT_PROFILE,
  SEED_SUBJECTS,
  STORE_LISTS,
  TEAM_SITE_HOSTNAME,
  TEAM_SITE_PATH,
} from '../../../src/sandbox/seed';
import { parseTenantSpec, type SpecList, type TenantSpec } from '../../../src/sandbox/tenant-spec';

/** Wednesday 25 November 2026, 10:20 in London (GMT). */
const NOW = new Date('2026-11-25T10:20:00Z');
const DAY = 86_400_000;
const PRIYA = 'priya.shah@northwind.example';

const seed = parseTenantSpec(generateSeedTenant(NOW));

/** The store's columns as docs/team-store.md fixes them: name, type, and index flag. */
const CONTRACT: Record<string, ReadonlyArray<readonly [string, string, ('indexed' | 'unique')?]>> = {
  HomeTurfClients: [
    ['ClientEmail', 'text', 'unique'],
    ['Department', 'text', 'indexed'],
    ['OwnerEmail', 'text', 'indexed'],
    ['Pressures', 'note'],
    ['Priorities', 'note'],
    ['EvaluatedOn', 'note'],
    ['SharedKpis', 'note'],
    ['Background', 'note'],
  ],
  HomeTurfFileItems: [
    ['ItemKey', 'text', 'unique'],
    ['ClientEmail', 'text', 'indexed'],
    ['Status', 'text', 'indexed'],
    ['OwnerEmail', 'text', 'indexed'],
    ['LastUpdateSent', 'dateTime'],
    ['NextUpdateDue', 'dateTime'],
  ],
  HomeTurfNotes: [
    ['NoteId', 'text', 'unique'],
    ['ClientEmail', 'text', 'indexed'],
    ['MeetingICalUId', 'text', 'indexed'],
    ['MeetingDate', 'dateTime', 'indexed'],
    ['AuthorEmail', 'text', 'indexed'],
    ['ValueOffered', 'note'],
    ['ArticlesBrought', 'note'],
    ['FollowUps', 'note'],
    ['PrioritiesHeard', 'note'],
    ['StoryLead', 'note'],
    ['Pulse', 'number'],
  ],
  HomeTurfArticles: [
    ['ArticleKey', 'text', 'unique'],
    ['Url', 'text'],
    ['Summary', 'note'],
    ['Tags', 'note'],
    ['Source', 'text'],
    ['Published', 'dateTime', 'indexed'],
    ['Retired', 'boolean', 'indexed'],
  ],
  HomeTurfCampaigns: [
    ['CampaignKey', 'text', 'unique'],
    ['OwnerDepartment', 'text', 'indexed'],
    ['Audiences', 'note'],
    ['SignOff', 'dateTime'],
    ['GoLive', 'dateTime', 'indexed'],
    ['Status', 'text', 'indexed'],
  ],
};

function listOf(spec: TenantSpec, name: string): SpecList {
  const list = spec.sites?.[0]?.lists.find((l) => l.name === name);
  if (!list) throw new Error(`no list ${name}`);
  return list;
}
type Fields = Record<string, string | number | boolean | null>;
const items = (name: string, spec: TenantSpec = seed): Fields[] =>
  listOf(spec, name).items.map((i) => i.fields);
const text = (fields: Fields, name: string): string => {
  const value = fields[name];
  if (typeof value !== 'string') throw new Error(`${name} is not text: ${JSON.stringify(value)}`);
  return value;
};
const json = (fields: Fields, name: string): unknown => JSON.parse(text(fields, name));
const ms = (iso: string): number => Date.parse(iso);

const departmentOf = (spec: TenantSpec, address: string): string | undefined =>
  spec.users.find((u) => u.mail === address)?.department;

/** Instances of client meetings (any attendee or the organiser from a client department). */
function clientMeetings(spec: TenantSpec, now: Date): Array<{ instance: EventInstance; clients: string[] }> {
  const state = resolveTenant(spec, now);
  return instancesInWindow(state.events, now.getTime() - 30 * DAY, now.getTime() + 30 * DAY)
    .filter((i) => i.subject !== SEED_SUBJECTS.allHands)
    .map((instance) => ({
      instance,
      clients: [instance.record.organizer, ...instance.record.attendees]
        .map((p) => p.address?.toLowerCase() ?? '')
        .filter((a) => CLIENT_DEPARTMENTS.includes(departmentOf(spec, a) ?? '')),
    }))
    .filter((m) => m.clients.length > 0);
}

describe('the team site', () => {
  it('is valid and holds the five store lists with exactly the documented columns', () => {
    expect(seed.sites?.map((s) => s.path)).toEqual([TEAM_SITE_PATH, EMPTY_TEAM_SITE_PATH]);
    const site = seed.sites?.[0];
    expect([site?.hostname, site?.path, site?.displayName]).toEqual([
      TEAM_SITE_HOSTNAME,
      TEAM_SITE_PATH,
      'Communications',
    ]);
    expect([TEAM_SITE_HOSTNAME, TEAM_SITE_PATH]).toEqual(['northwind.sharepoint.com', '/sites/comms']);
    expect(site?.lists.map((l) => l.name)).toEqual(Object.values(STORE_LISTS));
    expect(Object.values(STORE_LISTS)).toEqual(Object.keys(CONTRACT));
    for (const [name, columns] of Object.entries(CONTRACT)) {
      const declared = listOf(seed, name).columns.map((c) => ({
        name: c.name,
        type: c.type,
        indexed: (c.indexed ?? false) || (c.unique ?? false),
        unique: c.unique ?? false,
      }));
      const expected = columns.map(([column, type, flag]) => ({
        name: column,
        type,
        indexed: flag !== undefined,
        unique: flag === 'unique',
      }));
      expect([name, declared]).toEqual([name, expected]);
    }
  });

  it('resolves as the tenant serves it: every field a declared column, dates ISO, ids unique', () => {
    expect(() => resolveTenant(seed, NOW)).not.toThrow();
    const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    for (const list of seed.sites?.[0]?.lists ?? []) {
      const names = new Set(['Title', ...list.columns.map((c) => c.name)]);
      const ids = list.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(list.items.length);
      for (const item of list.items) {
        expect(typeof item.fields.Title).toBe('string');
        for (const [field, value] of Object.entries(item.fields)) {
          expect([list.name, field, names.has(field)]).toEqual([list.name, field, true]);
          const column = list.columns.find((c) => c.name === field);
          if (column?.type === 'dateTime' && value !== null) expect(String(value)).toMatch(dateTime);
          if (column?.type === 'note' && typeof value === 'string' && value.startsWith('['))
            expect(Array.isArray(JSON.parse(value))).toBe(true);
          if (/Email$/.test(field) && typeof value === 'string') expect(value).toBe(value.toLowerCase());
        }
      }
    }
  });
});

describe('HomeTurfClients', () => {
  const clients = items(STORE_LISTS.clients);
  const profiled = new Set(clients.map((c) => text(c, 'ClientEmail')));

  it.each(['2026-11-25T10:20:00Z', '2026-11-23T07:00:00Z', '2026-11-27T16:45:00Z', '2026-07-05T12:00:00Z'])(
    'on %s every client in a seeded meeting has a profile, except the one left for the prompt',
    (iso) => {
      const now = new Date(iso);
      const spec = parseTenantSpec(generateSeedTenant(now));
      const inMeetings = new Set(clientMeetings(spec, now).flatMap((m) => m.clients));
      const missing = [...inMeetings].filter(
        (a) => !items(STORE_LISTS.clients, spec).some((c) => c.ClientEmail === a),
      );
      expect(missing).toEqual([SEED_CLIENT_WITHOUT_PROFILE]);
    },
  );

  it('leaves the profile-less client in an upcoming client meeting that is not the flagship 1:1', () => {
    expect(profiled.has(SEED_CLIENT_WITHOUT_PROFILE)).toBe(false);
    const upcoming = clientMeetings(seed, NOW).filter(
      (m) =>
        m.instance.startMs > NOW.getTime() &&
        !m.instance.record.isCancelled &&
        m.clients.includes(SEED_CLIENT_WITHOUT_PROFILE),
    );
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((m) => m.instance.subject !== SEED_SUBJECTS.clientOneToOne)).toBe(true);
  });

  it('profiles almost every colleague outside the comms team, owned by the comms team', () => {
    const others = seed.users.filter((u) => !COMMS_TEAM_UPNS.includes(u.mail));
    expect(clients.length).toBeGreaterThanOrEqual(others.length - 2);
    expect(clients.some((c) => COMMS_TEAM_UPNS.includes(text(c, 'ClientEmail')))).toBe(false);
    for (const client of clients) {
      expect(COMMS_TEAM_UPNS).toContain(text(client, 'OwnerEmail'));
      expect(text(client, 'Department')).toBe(departmentOf(seed, text(client, 'ClientEmail')));
    }
    const mayas = clients.filter((c) => c.OwnerEmail === DEMO_USER_UPN);
    expect(mayas.length / clients.length).toBeGreaterThan(0.25);
    expect(mayas.length / clients.length).toBeLessThan(0.4);
    expect(mayas.map((c) => c.ClientEmail)).toContain(PRIYA);
  });

  it('writes each profile as the contract shapes it', () => {
    for (const client of clients) {
      const who = text(client, 'ClientEmail');
      const pressures = json(client, 'Pressures') as string[];
      const priorities = json(client, 'Priorities') as Array<{ text: string; due: string | null }>;
      const kpis = json(client, 'EvaluatedOn') as string[];
      const shared = json(client, 'SharedKpis') as string[];
      expect([who, pressures.length >= 2 && pressures.length <= 3]).toEqual([who, true]);
      expect([who, priorities.length >= 2 && priorities.length <= 4]).toEqual([who, true]);
      expect([who, kpis.length >= 2 && kpis.length <= 4]).toEqual([who, true]);
      expect([who, shared.length >= 1 && shared.length <= 2]).toEqual([who, true]);
      expect([who, shared.every((k) => kpis.includes(k))]).toEqual([who, true]);
      expect(priorities.some((p) => p.due !== null)).toBe(true);
      for (const p of priorities) if (p.due !== null) expect(p.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(text(client, 'Background').length).toBeGreaterThan(40);
    }
  });

  it('gives Priya the onboarding journey, dated around her 1:1, and articles to match', () => {
    const priya = clients.find((c) => c.ClientEmail === PRIYA);
    expect(priya).toBeDefined();
    const all = JSON.stringify(priya).toLowerCase();
    expect(all).toContain('onboarding journey');
    const dues = (json(priya!, 'Priorities') as Array<{ due: string | null }>).map((p) => p.due);
    expect(dues).toContain(null);
    expect(dues.some((d) => d !== null && ms(d) < NOW.getTime() + 7 * DAY)).toBe(true);
    expect(dues.some((d) => d !== null && ms(d) > NOW.getTime() + 7 * DAY)).toBe(true);
    const onboarding = items(STORE_LISTS.articles).filter(
      (a) => a.Retired === false && (json(a, 'Tags') as string[]).includes('onboarding'),
    );
    expect(onboarding.length).toBeGreaterThanOrEqual(5);
  });
});

describe('HomeTurfFileItems', () => {
  const files = items(STORE_LISTS.fileItems);
  const age = (f: Fields): number | null =>
    f.LastUpdateSent === null ? null : (NOW.getTime() - ms(text(f, 'LastUpdateSent'))) / DAY;

  it('puts work on most clients’ files with mixed statuses and comms owners', () => {
    const clients = new Set(items(STORE_LISTS.clients).map((c) => c.ClientEmail));
    const withWork = new Set(files.map((f) => f.ClientEmail));
    expect([...withWork].every((c) => clients.has(c))).toBe(true);
    expect(withWork.size / clients.size).toBeGreaterThan(0.8);
    expect(new Set(files.map((f) => f.Status))).toEqual(
      new Set(['Not started', 'In progress', 'Waiting on client', 'Done']),
    );
    for (const f of files) expect(COMMS_TEAM_UPNS).toContain(f.OwnerEmail);
  });

  it('has stale updates (Priya among them), recent ones, one never sent, and promised next updates', () => {
    const stale = files.filter((f) => f.Status !== 'Done' && (age(f) ?? 0) > 14);
    expect(stale.length).toBeGreaterThanOrEqual(4);
    expect(stale.some((f) => f.ClientEmail === PRIYA)).toBe(true);
    expect(files.filter((f) => (age(f) ?? 99) < 7).length).toBeGreaterThanOrEqual(10);
    expect(files.filter((f) => f.LastUpdateSent === null)).toHaveLength(1);
    expect(files.every((f) => age(f) === null || (age(f) ?? 0) > 0)).toBe(true);
    expect(files.filter((f) => f.NextUpdateDue !== null).length).toBeGreaterThan(files.length / 3);
  });
});

describe('HomeTurfArticles', () => {
  const articles = listOf(seed, STORE_LISTS.articles).items;

  it('holds 60+ articles with unique ids, https URLs, summaries and lower-case tags', () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    expect(articles.every((a) => a.id !== undefined)).toBe(true);
    expect(new Set(articles.map((a) => a.fields.Url)).size).toBe(articles.length);
    for (const { fields } of articles) {
      expect(new URL(text(fields, 'Url')).protocol).toBe('https:');
      expect(text(fields, 'Summary').split('. ').length).toBeGreaterThanOrEqual(2);
      const tags = json(fields, 'Tags') as string[];
      expect(tags.length >= 2 && tags.length <= 5).toBe(true);
      expect(tags.every((t) => t === t.toLowerCase())).toBe(true);
      expect(text(fields, 'Source').length).toBeGreaterThan(0);
    }
  });

  it('spreads publication over 18 months, some within two weeks, and retires two or three', () => {
    const ages = articles.map(({ fields }) => (NOW.getTime() - ms(text(fields, 'Published'))) / DAY);
    expect(ages.every((a) => a > 0 && a < 550)).toBe(true);
    expect(ages.filter((a) => a <= 14).length).toBeGreaterThanOrEqual(3);
    const retired = articles.filter((a) => a.fields.Retired === true).length;
    expect(retired >= 2 && retired <= 3).toBe(true);
  });

  it.each([
    ['HR', ['onboarding', 'employee engagement', 'recruitment', 'wellbeing']],
    ['Marketing', ['brand', 'product launch', 'employee advocacy']],
    ['Operations', ['frontline', 'safety']],
    ['Customer Service', ['customer service', 'customer experience']],
    ['Product', ['product launch', 'customer experience']],
    ['Finance', ['financial results', 'cost reduction', 'pay']],
    ['IT', ['cybersecurity', 'digital workplace', 'intranet', 'ai adoption']],
  ])('has several live articles for %s', (_, topics) => {
    const relevant = articles.filter(
      (a) =>
        a.fields.Retired === false && (json(a.fields, 'Tags') as string[]).some((t) => topics.includes(t)),
    );
    expect(relevant.length).toBeGreaterThanOrEqual(4);
  });
});

describe('HomeTurfNotes', () => {
  const notes = items(STORE_LISTS.notes);
  const articles = listOf(seed, STORE_LISTS.articles).items;
  type FollowUp = { text: string; due: string | null; owner: 'us' | 'client'; done: boolean };

  it('has unique NoteIds, comms authors, profiled clients and articles that exist', () => {
    const clients = new Set(items(STORE_LISTS.clients).map((c) => c.ClientEmail));
    expect(new Set(notes.map((n) => n.NoteId)).size).toBe(notes.length);
    for (const note of notes) {
      expect(text(note, 'NoteId')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(COMMS_TEAM_UPNS).toContain(note.AuthorEmail);
      expect(clients.has(note.ClientEmail)).toBe(true);
      expect(ms(text(note, 'MeetingDate'))).toBeLessThan(NOW.getTime());
      for (const id of json(note, 'ArticlesBrought') as string[]) {
        const article = articles.find((a) => a.id === id);
        expect([id, article !== undefined]).toEqual([id, true]);
        // Nobody brings an article that was not yet published.
        expect(ms(text(article!.fields, 'Published'))).toBeLessThan(ms(text(note, 'MeetingDate')));
      }
      const kinds = (json(note, 'ValueOffered') as Array<{ kind: string }>).map((v) => v.kind);
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds)
        expect(['idea', 'article', 'insight', 'best practice', 'introduction']).toContain(kind);
      if (note.Pulse !== null) expect([1, 2, 3, 4, 5]).toContain(note.Pulse);
    }
    expect(notes.filter((n) => n.Pulse !== null).length / notes.length).toBeGreaterThan(0.7);
    expect(notes.filter((n) => typeof n.StoryLead === 'string').length).toBeGreaterThanOrEqual(3);
  });

  it('has shared one or two articles with Priya already', () => {
    const brought = notes
      .filter((n) => n.ClientEmail === PRIYA)
      .flatMap((n) => json(n, 'ArticlesBrought') as string[]);
    expect(brought.length >= 1 && brought.length <= 2).toBe(true);
  });

  it('has follow-ups both ways: done, overdue and upcoming', () => {
    const followUps = notes.flatMap((n) => json(n, 'FollowUps') as FollowUp[]);
    const today = NOW.toISOString().slice(0, 10);
    expect(new Set(followUps.map((f) => f.owner))).toEqual(new Set(['us', 'client']));
    expect(followUps.some((f) => f.done)).toBe(true);
    expect(followUps.some((f) => !f.done && f.due !== null && f.due < today)).toBe(true);
    expect(followUps.some((f) => !f.done && f.due !== null && f.due > today)).toBe(true);
  });

  it('notes past calendar meetings by their subject, start and iCalUId, and older ones by date', () => {
    const instances = instancesInWindow(
      resolveTenant(seed, NOW).events,
      NOW.getTime() - 30 * DAY,
      NOW.getTime(),
    );
    const windowStart = Math.min(...instances.map((i) => i.startMs));
    const inWindow = notes.filter((n) => ms(text(n, 'MeetingDate')) >= windowStart);
    const older = notes.filter((n) => ms(text(n, 'MeetingDate')) < windowStart);
    expect(inWindow.length).toBeGreaterThanOrEqual(4);
    for (const note of inWindow) {
      const meeting = instances.find((i) => i.iCalUId === note.MeetingICalUId);
      expect([note.Title, meeting?.subject, meeting?.startMs]).toEqual([
        note.Title,
        note.Title,
        ms(text(note, 'MeetingDate')),
      ]);
      expect(meeting!.endMs).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(inWindow.some((n) => n.ClientEmail === PRIYA && n.Title === SEED_SUBJECTS.hrSeries)).toBe(true);
    expect(older.length).toBeGreaterThanOrEqual(10);
    for (const note of older) {
      const daysAgo = (NOW.getTime() - ms(text(note, 'MeetingDate'))) / DAY;
      expect(daysAgo >= 20 && daysAgo <= 80).toBe(true);
    }
  });
});

describe('HomeTurfCampaigns', () => {
  const campaigns = items(STORE_LISTS.campaigns);
  const inDays = (c: Fields, name: string): number => (ms(text(c, name)) - NOW.getTime()) / DAY;

  it('tracks 8–10 campaigns with plausible statuses for their dates', () => {
    expect(campaigns.length >= 8 && campaigns.length <= 10).toBe(true);
    for (const c of campaigns) {
      const goLive = inDays(c, 'GoLive');
      expect(goLive >= -31 && goLive <= 61).toBe(true);
      expect(inDays(c, 'SignOff')).toBeLessThanOrEqual(goLive);
      const expected = goLive <= 0 ? ['Live', 'Done'] : ['Planned', 'In sign-off', 'Approved'];
      expect([c.Title, expected.includes(text(c, 'Status'))]).toEqual([c.Title, true]);
      for (const audience of json(c, 'Audiences') as string[])
        expect(['*', ...CLIENT_DEPARTMENTS]).toContain(audience);
    }
  });

  it("warns this week's clients: three or more go live within four weeks, Priya's department among them", () => {
    const weekStart = ms('2026-11-23T00:00:00Z');
    const thisWeek = clientMeetings(seed, NOW).filter(
      (m) => m.instance.startMs >= weekStart && m.instance.startMs < weekStart + 7 * DAY,
    );
    const departments = new Set(thisWeek.flatMap((m) => m.clients.map((a) => departmentOf(seed, a))));
    const affects = (c: Fields, department: string): boolean => {
      const audiences = json(c, 'Audiences') as string[];
      return audiences.includes('*') || audiences.includes(department);
    };
    const soon = campaigns.filter((c) => inDays(c, 'GoLive') > 0 && inDays(c, 'GoLive') <= 28);
    const relevant = soon.filter((c) => [...departments].some((d) => d !== undefined && affects(c, d)));
    expect(relevant.length).toBeGreaterThanOrEqual(3);
    expect(departments.has('HR')).toBe(true);
    expect(soon.filter((c) => affects(c, 'HR')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('messages', () => {
  const messages = seed.messages ?? [];
  const address = (p: string | { email?: string | undefined }): string =>
    typeof p === 'string' ? p : (p.email ?? '');
  const from = (who: string) => messages.filter((m) => address(m.from) === who);
  const to = (who: string) => messages.filter((m) => m.to.map(address).includes(who));

  it('holds 40–80 messages from the last 30 days, each between Maya and known colleagues', () => {
    expect(messages.length >= 40 && messages.length <= 80).toBe(true);
    const known = new Set(seed.users.map((u) => u.mail));
    for (const m of messages) {
      const sent = m.sent;
      expect(typeof sent === 'object' && 'day' in sent && sent.day >= -30 && sent.day < 0).toBe(true);
      const everyone = [address(m.from), ...m.to.map(address), ...(m.cc ?? []).map(address)];
      expect(everyone).toContain(DEMO_USER_UPN);
      for (const a of everyone) expect([a, known.has(a) && a === a.toLowerCase()]).toEqual([a, true]);
      expect(m.bodyPreview?.length).toBeGreaterThan(10);
    }
    expect(messages.some((m) => (m.cc ?? []).length > 0)).toBe(true);
    const conversations = messages.map((m) => m.conversation);
    expect(
      conversations.filter((c, i) => c !== undefined && conversations.indexOf(c) !== i).length,
    ).toBeGreaterThan(5);
  });

  it('goes both ways with clients, Priya at least three times each way', () => {
    expect(from(DEMO_USER_UPN).length).toBeGreaterThan(10);
    expect(to(DEMO_USER_UPN).length).toBeGreaterThan(10);
    expect(
      from(PRIYA).filter((m) => m.to.map(address).includes(DEMO_USER_UPN)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(to(PRIYA).filter((m) => address(m.from) === DEMO_USER_UPN).length).toBeGreaterThanOrEqual(3);
  });
});

describe('determinism', () => {
  it('gives the same store and mail for the same moment, and moves the dates with the day', () => {
    const again = generateSeedTenant(new Date(NOW));
    expect(again.sites).toEqual(seed.sites);
    expect(again.messages).toEqual(seed.messages);
    const tomorrow = generateSeedTenant(new Date(NOW.getTime() + DAY));
    const published = (spec: TenantSpec) => items(STORE_LISTS.articles, spec).map((a) => a.Published);
    expect(published(tomorrow)).not.toEqual(published(parseTenantSpec(again)));
  });
});
