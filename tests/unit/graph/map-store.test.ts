import {
  mapItems,
  safeHttpsUrl,
  toArticle,
  toCampaign,
  toClientProfile,
  toFileItem,
  toNote,
  type ReportColumn,
} from '../../../src/graph/store/map-store';
import type { RawListItem } from '../../../src/graph/store/store-lists';

/** A list item as `$expand=fields` gives it, with an etag unless given null. */
function item(fields: Record<string, unknown>, id = '7', etag: string | null = '"a1b2,3"'): RawListItem {
  return etag === null ? { id, fields } : { id, etag, fields };
}

const json = (value: unknown) => JSON.stringify(value);

const clientFields = {
  Title: 'Priya Shah',
  ClientEmail: 'Priya.Shah@Northwind.example',
  Department: 'People & HR',
  OwnerEmail: 'Maya.Chen@Northwind.example',
  Pressures: json(['Cut time-to-hire', 'Q1 hiring plan']),
  Priorities: json([
    { text: 'Onboarding portal live', due: '2026-12-12' },
    { text: 'Engagement survey', due: null },
  ]),
  EvaluatedOn: json(['Time to hire', 'New-starter retention']),
  SharedKpis: json(['New-starter retention']),
  Background: 'Joined from Contoso in 2025.',
};

describe('toClientProfile', () => {
  it('reads every column, addresses lower-cased', () => {
    expect(toClientProfile(item(clientFields))).toEqual({
      id: '7',
      etag: '"a1b2,3"',
      displayName: 'Priya Shah',
      email: 'priya.shah@northwind.example',
      department: 'People & HR',
      ownerEmail: 'maya.chen@northwind.example',
      pressures: ['Cut time-to-hire', 'Q1 hiring plan'],
      priorities: [
        { text: 'Onboarding portal live', due: '2026-12-12' },
        { text: 'Engagement survey', due: null },
      ],
      evaluatedOn: ['Time to hire', 'New-starter retention'],
      sharedKpis: ['New-starter retention'],
      background: 'Joined from Contoso in 2025.',
    });
  });

  it('reads a profile with only an address, using the address as its name', () => {
    expect(toClientProfile(item({ ClientEmail: 'priya.shah@northwind.example' }, '8', null))).toEqual({
      id: '8',
      displayName: 'priya.shah@northwind.example',
      email: 'priya.shah@northwind.example',
      pressures: [],
      priorities: [],
      evaluatedOn: [],
      sharedKpis: [],
    });
  });

  it.each([
    { what: 'missing', value: undefined },
    { what: 'blank', value: '   ' },
    { what: 'a number', value: 42 },
  ])('is unreadable when the client address is $what', ({ value }) => {
    expect(toClientProfile(item({ ...clientFields, ClientEmail: value }))).toBeNull();
  });

  it.each([
    { what: 'not JSON', value: '["Cut time-to-hire"', pressures: [] },
    { what: 'a JSON object', value: json({ text: 'Cut time-to-hire' }), pressures: [] },
    { what: 'empty', value: '', pressures: [] },
    { what: 'not text', value: ['Cut time-to-hire'], pressures: [] },
    {
      what: 'an array with a number, a blank and a padded entry',
      value: json(['Cut time-to-hire', 42, '  ', '  Q1 hiring plan ']),
      pressures: ['Cut time-to-hire', 'Q1 hiring plan'],
    },
  ])('reads pressures that are $what as $pressures', ({ value, pressures }) => {
    expect(toClientProfile(item({ ...clientFields, Pressures: value }))?.pressures).toEqual(pressures);
  });

  it('keeps the readable priorities, a bad due date read as undated, one without text dropped', () => {
    const profile = toClientProfile(
      item({
        ...clientFields,
        Priorities: json([
          { text: 'Onboarding portal live', due: '2026-12-12T00:00:00Z' },
          { due: '2026-12-01' },
          { text: 'Pay review', due: 'after Christmas' },
          { text: 'Values refresh' },
          'Engagement survey',
        ]),
      }),
    );
    expect(profile?.priorities).toEqual([
      { text: 'Onboarding portal live', due: '2026-12-12' },
      { text: 'Pay review', due: null },
      { text: 'Values refresh', due: null },
    ]);
  });
});

const fileFields = {
  Title: 'Intranet refresh: launch story',
  ClientEmail: 'PRIYA.SHAH@northwind.example',
  Status: 'Waiting on client',
  OwnerEmail: 'Sofia.Rossi@northwind.example',
  LastUpdateSent: '2026-11-06T00:00:00Z',
  NextUpdateDue: '2026-11-27T00:00:00Z',
};

describe('toFileItem', () => {
  it('reads every column, dates as calendar days, and keeps the etag for updates', () => {
    expect(toFileItem(item(fileFields))).toEqual({
      id: '7',
      etag: '"a1b2,3"',
      title: 'Intranet refresh: launch story',
      clientEmail: 'priya.shah@northwind.example',
      status: 'Waiting on client',
      ownerEmail: 'sofia.rossi@northwind.example',
      lastUpdateSent: '2026-11-06',
      nextUpdateDue: '2026-11-27',
    });
  });

  it.each([
    { LastUpdateSent: undefined, read: null },
    { LastUpdateSent: null, read: null },
    { LastUpdateSent: '', read: null },
    { LastUpdateSent: 'last week', read: null },
    { LastUpdateSent: '2026-11-06', read: '2026-11-06' },
  ])('reads a last update of $LastUpdateSent as $read', ({ LastUpdateSent, read }) => {
    expect(toFileItem(item({ ...fileFields, LastUpdateSent }))?.lastUpdateSent).toBe(read);
  });

  it.each([
    { Status: 'Not started', status: 'Not started' },
    { Status: 'waiting ON client', status: 'Waiting on client' },
    { Status: 'DONE', status: 'Done' },
    { Status: ' In progress ', status: 'In progress' },
    { Status: 'Blocked', status: 'In progress' },
    { Status: undefined, status: 'In progress' },
  ])('reads a status of $Status as $status', ({ Status, status }) => {
    expect(toFileItem(item({ ...fileFields, Status }))?.status).toBe(status);
  });

  it.each(['Title', 'ClientEmail'])('is unreadable without %s', (column) => {
    expect(toFileItem(item({ ...fileFields, [column]: undefined }))).toBeNull();
  });

  it('leaves the owner out when there is none', () => {
    expect(toFileItem(item({ ...fileFields, OwnerEmail: '' }))).not.toHaveProperty('ownerEmail');
  });
});

const noteFields = {
  Title: 'HR plan check-in',
  NoteId: 'note-2026-11-10-priya',
  ClientEmail: 'Priya.Shah@northwind.example',
  MeetingICalUId: '040000008200E00074C5B7101A82E008',
  MeetingDate: '2026-11-10T10:00:00Z',
  AuthorEmail: 'Maya.Chen@northwind.example',
  ValueOffered: json([
    { kind: 'article', text: 'HBR piece on week one' },
    { kind: 'introduction', text: 'Raj for the portal demo' },
  ]),
  ArticlesBrought: json(['31', 32]),
  FollowUps: json([
    { text: 'Send the draft FAQ', due: '2026-11-18', owner: 'us', done: false },
    { text: 'Share the survey results', due: null, owner: 'client', done: true },
  ]),
  PrioritiesHeard: json([{ kind: 'pressure', text: 'Cut time-to-hire', due: '2027-03-31' }]),
  StoryLead: 'New starters film their first week.',
  Pulse: 4,
};

describe('toNote', () => {
  it('reads every column', () => {
    expect(toNote(item(noteFields))).toEqual({
      id: '7',
      noteId: 'note-2026-11-10-priya',
      subject: 'HR plan check-in',
      clientEmail: 'priya.shah@northwind.example',
      meetingICalUId: '040000008200E00074C5B7101A82E008',
      meetingDate: new Date('2026-11-10T10:00:00Z'),
      authorEmail: 'maya.chen@northwind.example',
      valueOffered: [
        { kind: 'article', text: 'HBR piece on week one' },
        { kind: 'introduction', text: 'Raj for the portal demo' },
      ],
      articlesBrought: ['31', '32'],
      followUps: [
        { text: 'Send the draft FAQ', due: '2026-11-18', owner: 'us', done: false },
        { text: 'Share the survey results', due: null, owner: 'client', done: true },
      ],
      prioritiesHeard: [{ kind: 'pressure', text: 'Cut time-to-hire', due: '2027-03-31' }],
      storyLead: 'New starters film their first week.',
      pulse: 4,
    });
  });

  it('reads a note with only a client and a date, with a stand-in id and subject', () => {
    const note = toNote(
      item({ ClientEmail: 'priya.shah@northwind.example', MeetingDate: '2026-11-10T10:00:00Z' }),
    );
    expect(note).toEqual({
      id: '7',
      noteId: 'item-7',
      subject: '(no subject)',
      clientEmail: 'priya.shah@northwind.example',
      meetingDate: new Date('2026-11-10T10:00:00Z'),
      valueOffered: [],
      articlesBrought: [],
      followUps: [],
      prioritiesHeard: [],
    });
  });

  it.each([
    { what: 'no client', fields: { ...noteFields, ClientEmail: undefined } },
    { what: 'no meeting date', fields: { ...noteFields, MeetingDate: undefined } },
    { what: 'a meeting date that is not a date', fields: { ...noteFields, MeetingDate: 'last Tuesday' } },
  ])('is unreadable with $what', ({ fields }) => {
    expect(toNote(item(fields))).toBeNull();
  });

  it('reads follow-ups leniently: an unknown owner is us, a missing done is open, one without text dropped', () => {
    const note = toNote(
      item({
        ...noteFields,
        FollowUps: json([
          { text: 'Send the draft FAQ', due: '2026-11-18', owner: 'them' },
          { due: '2026-11-20', owner: 'client', done: false },
          { text: 'Share the survey results', owner: 'client', done: 'yes' },
        ]),
      }),
    );
    expect(note?.followUps).toEqual([
      { text: 'Send the draft FAQ', due: '2026-11-18', owner: 'us', done: false },
      { text: 'Share the survey results', due: null, owner: 'client', done: false },
    ]);
  });

  it('reads an unknown kind of value as an idea and of priority heard as a priority', () => {
    const note = toNote(
      item({
        ...noteFields,
        ValueOffered: json([{ kind: 'gossip', text: 'Finance is hiring' }]),
        PrioritiesHeard: json([{ kind: 'worry', text: 'Attrition' }]),
      }),
    );
    expect(note).toMatchObject({
      valueOffered: [{ kind: 'idea', text: 'Finance is hiring' }],
      prioritiesHeard: [{ kind: 'priority', text: 'Attrition', due: null }],
    });
  });

  it.each([
    { what: 'malformed JSON', value: '{"text":', read: [] },
    { what: 'an object, not an array', value: json({ text: 'Send the FAQ' }), read: [] },
  ])('reads follow-ups that are $what as none', ({ value, read }) => {
    expect(toNote(item({ ...noteFields, FollowUps: value }))?.followUps).toEqual(read);
  });

  it.each([
    { Pulse: 1, pulse: 1 },
    { Pulse: 5, pulse: 5 },
    { Pulse: 0, pulse: undefined },
    { Pulse: 6, pulse: undefined },
    { Pulse: 3.5, pulse: undefined },
    { Pulse: '4', pulse: undefined },
    { Pulse: null, pulse: undefined },
  ])('reads a pulse of $Pulse as $pulse', ({ Pulse, pulse }) => {
    expect(toNote(item({ ...noteFields, Pulse }))?.pulse).toBe(pulse);
  });

  it('leaves out a pulse outside 1–5 rather than recording it', () => {
    expect(toNote(item({ ...noteFields, Pulse: 9 }))).not.toHaveProperty('pulse');
  });
});

const articleFields = {
  Title: 'What new starters remember from week one',
  Url: 'https://hbr.example/new-starters',
  Summary: 'First impressions of onboarding last.',
  Tags: json(['Onboarding', 'Employee Experience']),
  Source: 'Harvard Business Review',
  Published: '2026-10-01T00:00:00Z',
  Retired: false,
};

describe('toArticle', () => {
  it('reads every column, tags lower-cased, and keeps the etag for edits', () => {
    expect(toArticle(item(articleFields))).toEqual({
      id: '7',
      etag: '"a1b2,3"',
      title: 'What new starters remember from week one',
      url: 'https://hbr.example/new-starters',
      summary: 'First impressions of onboarding last.',
      tags: ['onboarding', 'employee experience'],
      source: 'Harvard Business Review',
      published: '2026-10-01',
      retired: false,
    });
  });

  it.each([
    { Url: 'javascript:alert(document.cookie)' },
    { Url: 'http://hbr.example/new-starters' },
    { Url: 'data:text/html,<script>alert(1)</script>' },
    { Url: '/sites/comms/new-starters' },
    { Url: undefined },
  ])('is never shown with a URL of $Url', ({ Url }) => {
    expect(toArticle(item({ ...articleFields, Url }))).toBeNull();
  });

  it.each(['Title', 'Published'])('is unreadable without %s', (column) => {
    expect(toArticle(item({ ...articleFields, [column]: undefined }))).toBeNull();
  });

  it.each([
    { Retired: true, retired: true },
    { Retired: false, retired: false },
    { Retired: undefined, retired: false },
    { Retired: 'Yes', retired: false },
  ])('reads Retired $Retired as $retired', ({ Retired, retired }) => {
    expect(toArticle(item({ ...articleFields, Retired }))?.retired).toBe(retired);
  });

  it('reads an article with no summary, tags or source', () => {
    const article = toArticle(
      item({ ...articleFields, Summary: undefined, Tags: 'onboarding', Source: undefined }),
    );
    expect(article).toMatchObject({ summary: '', tags: [] });
    expect(article).not.toHaveProperty('source');
  });
});

describe('safeHttpsUrl', () => {
  it.each([
    { value: 'https://hbr.example/new-starters', safe: 'https://hbr.example/new-starters' },
    { value: 'HTTPS://HBR.example', safe: 'https://hbr.example/' },
    { value: 'https://hbr.example/a b', safe: 'https://hbr.example/a%20b' },
    { value: 'http://hbr.example/', safe: undefined },
    { value: 'javascript:alert(1)', safe: undefined },
    { value: 'JavaScript:alert(1)//https://hbr.example', safe: undefined },
    { value: 'data:text/html;base64,PHNjcmlwdD4=', safe: undefined },
    { value: 'ftp://files.example/report.pdf', safe: undefined },
    { value: 'hbr.example/new-starters', safe: undefined },
    { value: '', safe: undefined },
    { value: undefined, safe: undefined },
  ])('keeps $value as $safe', ({ value, safe }) => {
    expect(safeHttpsUrl(value)).toBe(safe);
  });
});

const campaignFields = {
  Title: 'Benefits week',
  OwnerDepartment: 'Marketing',
  Audiences: json(['People & HR', '*']),
  SignOff: '2026-11-26T00:00:00Z',
  GoLive: '2026-12-01T00:00:00Z',
  Status: 'In sign-off',
};

describe('toCampaign', () => {
  it('reads every column and keeps the etag for edits', () => {
    expect(toCampaign(item(campaignFields))).toEqual({
      id: '7',
      etag: '"a1b2,3"',
      name: 'Benefits week',
      ownerDepartment: 'Marketing',
      audiences: ['People & HR', '*'],
      signOff: '2026-11-26',
      goLive: '2026-12-01',
      status: 'In sign-off',
    });
  });

  it.each([
    { Status: 'approved', status: 'Approved' },
    { Status: 'LIVE', status: 'Live' },
    { Status: 'Done', status: 'Done' },
    { Status: 'Shelved', status: 'Planned' },
    { Status: undefined, status: 'Planned' },
  ])('reads a status of $Status as $status', ({ Status, status }) => {
    expect(toCampaign(item({ ...campaignFields, Status }))?.status).toBe(status);
  });

  it.each([
    { what: 'no name', fields: { ...campaignFields, Title: undefined } },
    { what: 'no go-live date', fields: { ...campaignFields, GoLive: undefined } },
    { what: 'a go-live that is not a date', fields: { ...campaignFields, GoLive: 'spring' } },
  ])('is unreadable with $what', ({ fields }) => {
    expect(toCampaign(item(fields))).toBeNull();
  });

  it('reads a campaign with no sign-off, audiences or owner', () => {
    const campaign = toCampaign(
      item({ ...campaignFields, SignOff: undefined, Audiences: 'HR', OwnerDepartment: undefined }),
    );
    expect(campaign).toMatchObject({ signOff: null, audiences: [] });
    expect(campaign).not.toHaveProperty('ownerDepartment');
  });
});

describe('mapItems', () => {
  it('keeps the readable items in order and counts the rest', () => {
    const { records, unreadable } = mapItems(
      [
        item({ ...clientFields, Title: 'Priya Shah' }, '1'),
        item({ Title: 'No address' }, '2'),
        item({ ...clientFields, Title: 'Grace Liu', ClientEmail: 'grace.liu@northwind.example' }, '3'),
        item({ ClientEmail: '' }, '4'),
      ],
      toClientProfile,
    );
    expect(records.map((p) => p.displayName)).toEqual(['Priya Shah', 'Grace Liu']);
    expect(unreadable).toBe(2);
  });

  it('reads no items as no records', () => {
    expect(mapItems([], toCampaign)).toEqual({ records: [], unreadable: 0, unreadableColumns: [] });
  });

  it.each<
    [string, (item: RawListItem, report: ReportColumn) => object | null, Record<string, unknown>, string[]]
  >([
    ['a number in a text column', toClientProfile, { ...clientFields, Department: 7 }, ['Department']],
    [
      'a JSON column that is not JSON',
      toClientProfile,
      { ...clientFields, Priorities: '{not json' },
      ['Priorities'],
    ],
    [
      'a JSON column that is not a list',
      toClientProfile,
      { ...clientFields, SharedKpis: '"one"' },
      ['SharedKpis'],
    ],
    ['a number where JSON text belongs', toClientProfile, { ...clientFields, Pressures: 42 }, ['Pressures']],
    [
      'a list with entries of the wrong shape',
      toClientProfile,
      { ...clientFields, EvaluatedOn: '["Time to hire", 5, {"a": 1}]' },
      ['EvaluatedOn'],
    ],
    [
      'a date that is not a date',
      toFileItem,
      { ...fileFields, LastUpdateSent: 'yesterday' },
      ['LastUpdateSent'],
    ],
    ['a pulse that is not a number', toNote, { ...noteFields, Pulse: 'five' }, ['Pulse']],
  ])('names the column when it reads %s, and keeps the record', (_name, map, fields, columns) => {
    const read = mapItems([item(fields)], map);
    expect(read.records).toHaveLength(1);
    expect(read.unreadableColumns).toEqual(columns);
  });

  it('names nothing for empty columns, and nothing for items it leaves out', () => {
    const read = mapItems(
      [
        item({ ClientEmail: 'priya.shah@northwind.example', Pressures: '', Priorities: null }, '1'),
        item({ Title: 12, Department: 7 }, '2'),
      ],
      toClientProfile,
    );
    expect(read).toMatchObject({ unreadable: 1, unreadableColumns: [] });
  });
});
