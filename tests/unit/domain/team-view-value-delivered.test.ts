import {
  csvField,
  dayOfInZone,
  quarterOf,
  valueDelivered,
  valueDeliveredCsv,
  type ValueDeliveredRow,
} from '../../../src/domain/team-view';
import { grace, priya } from '../../builders/meeting-builders';
import { buildNote, buildProfile, buildTeamData } from '../../builders/store-builders';

const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

const data = buildTeamData({
  clients: [
    buildProfile(),
    buildProfile({ id: '2', email: grace.email, displayName: grace.displayName, department: 'Marketing' }),
  ],
  notes: [
    buildNote({
      meetingDate: new Date('2026-11-10T10:00:00Z'),
      valueOffered: [
        { kind: 'idea', text: 'Buddy scheme' },
        { kind: 'article', text: 'HBR on onboarding' },
      ],
      articlesBrought: ['a1'],
      pulse: 4,
    }),
    buildNote({
      id: '22',
      meetingDate: new Date('2026-10-02T10:00:00Z'),
      valueOffered: [{ kind: 'insight', text: 'Survey benchmark' }],
      // a1 again: shared twice in the quarter, counted once.
      articlesBrought: ['a1', 'a2'],
      pulse: 5,
    }),
    // Half past eleven on 30 September in UTC is 1 October in Berlin: Q3 or Q4 by the reader's day.
    buildNote({
      id: '23',
      meetingDate: new Date('2026-09-30T23:30:00Z'),
      valueOffered: [{ kind: 'idea', text: 'Pulse survey' }],
    }),
    buildNote({
      id: '24',
      clientEmail: grace.email,
      meetingDate: new Date('2026-08-15T10:00:00Z'),
      valueOffered: [
        { kind: 'best practice', text: 'Campaign calendar' },
        { kind: 'best practice', text: 'Sign-off checklist' },
        { kind: 'introduction', text: 'Meet the brand team' },
      ],
    }),
    buildNote({
      id: '25',
      clientEmail: 'former.client@northwind.example',
      meetingDate: new Date('2026-12-01T10:00:00Z'),
      pulse: 2,
    }),
    buildNote({ id: '26', meetingDate: new Date('2025-12-01T10:00:00Z'), pulse: 3 }),
  ],
});

const kinds = (idea = 0, article = 0, insight = 0, bestPractice = 0, introduction = 0) => ({
  idea,
  article,
  insight,
  'best practice': bestPractice,
  introduction,
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (day, quarter) => {
    expect(quarterOf(day)).toBe(quarter);
  });
});

describe('valueDelivered', () => {
  it('sums each client’s quarter: value by kind, distinct articles, mean pulse, notes', () => {
    expect(valueDelivered(data, utcDay)).toEqual<ValueDeliveredRow[]>([
      {
        clientEmail: 'former.client@northwind.example',
        clientName: 'former.client@northwind.example',
        department: null,
        quarter: '2026-Q4',
        byKind: kinds(),
        articlesShared: 0,
        averagePulse: 2,
        notes: 1,
      },
      {
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        department: 'HR',
        quarter: '2026-Q4',
        byKind: kinds(1, 1, 1),
        articlesShared: 2,
        averagePulse: 4.5,
        notes: 2,
      },
      {
        clientEmail: grace.email,
        clientName: 'Grace Liu',
        department: 'Marketing',
        quarter: '2026-Q3',
        byKind: kinds(0, 0, 0, 2, 1),
        articlesShared: 0,
        averagePulse: null,
        notes: 1,
      },
      {
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        department: 'HR',
        quarter: '2026-Q3',
        byKind: kinds(1),
        articlesShared: 0,
        averagePulse: null,
        notes: 1,
      },
      {
        clientEmail: priya.email,
        clientName: 'Priya Shah',
        department: 'HR',
        quarter: '2025-Q4',
        byKind: kinds(),
        articlesShared: 0,
        averagePulse: 3,
        notes: 1,
      },
    ]);
  });

  it.each([
    {
      zone: 'UTC',
      priya: [
        ['2026-Q4', 2],
        ['2026-Q3', 1],
        ['2025-Q4', 1],
      ],
    },
    {
      zone: 'Europe/Berlin',
      priya: [
        ['2026-Q4', 3],
        ['2025-Q4', 1],
      ],
    },
  ])("puts a note in the quarter of the reader's day ($zone)", ({ zone, priya: expected }) => {
    const rows = valueDelivered(data, dayOfInZone(zone)).filter((r) => r.clientEmail === priya.email);
    expect(rows.map((r) => [r.quarter, r.notes])).toEqual(expected);
  });
});

describe('csvField', () => {
  it.each([
    ['Priya Shah', 'Priya Shah'],
    ["Liam O'Brien", "Liam O'Brien"],
    ['', ''],
    ['Lima, Ana', '"Lima, Ana"'],
    ['The "Bold" team', '"The ""Bold"" team"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
    // Formula injection: what a spreadsheet would run is written as text.
    ['=1+2', "'=1+2"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5', "'-5"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', '"\'\rreturn"'],
    ['=HYPERLINK("https://x.example","y")', '"\'=HYPERLINK(""https://x.example"",""y"")"'],
    ['a=b', 'a=b'],
  ])('%j is written %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('valueDeliveredCsv', () => {
  it('writes a header and one CRLF-ended record per row, the department and pulse empty when unknown', () => {
    const rows = valueDelivered(data, utcDay).slice(0, 3);
    expect(valueDeliveredCsv(rows).split('\r\n')).toEqual([
      'Quarter,Client,Department,Ideas,Articles,Insights,Best practices,Introductions,Articles shared,Notes,Average pulse',
      '2026-Q4,former.client@northwind.example,,0,0,0,0,0,0,1,2.0',
      '2026-Q4,Priya Shah,HR,1,1,1,0,0,2,2,4.5',
      '2026-Q3,Grace Liu,Marketing,0,0,0,2,1,0,1,',
      '',
    ]);
  });

  it('quotes and neutralises names typed by people', () => {
    const [row] = valueDelivered(data, utcDay);
    if (row === undefined) throw new Error('no rows');
    const csv = valueDeliveredCsv([
      { ...row, clientName: "=cmd|' /C calc'!A0", department: 'Sales, "EMEA"', averagePulse: 10 / 3 },
    ]);
    expect(csv).toBe(
      'Quarter,Client,Department,Ideas,Articles,Insights,Best practices,Introductions,Articles shared,Notes,Average pulse\r\n' +
        '2026-Q4,\'=cmd|\' /C calc\'!A0,"Sales, ""EMEA""",0,0,0,0,0,0,1,3.3\r\n',
    );
  });

  it('is just the header with no rows', () => {
    expect(valueDeliveredCsv([])).toBe(
      'Quarter,Client,Department,Ideas,Articles,Insights,Best practices,Introductions,Articles shared,Notes,Average pulse\r\n',
    );
  });
});
