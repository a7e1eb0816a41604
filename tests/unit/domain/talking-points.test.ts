import { buildClientPrep, type ClientPrepInput } from '../../../src/domain/client-prep';
import { MAX_TALKING_POINTS, formatDue, talkingPoints } from '../../../src/domain/talking-points';
import type { FollowUp } from '../../../src/domain/team-store';
import {
  MEETING_DAY,
  TODAY,
  buildCampaign,
  buildFileItem,
  buildNote,
  buildProfile,
} from '../../builders/store-builders';

const ASK_PRESSURES = 'Ask Priya what they are under pressure to deliver, and by when';

function followUp(text: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return { text, due: null, owner: 'us', done: false, ...overrides };
}

/** The points for Priya (HR, with a profile that already names a pressure unless given), in en-GB. */
function pointsFor(input: Partial<ClientPrepInput>): string[] {
  const prep = buildClientPrep({
    profile: buildProfile({ pressures: ['Cut time-to-hire'] }),
    fileItems: [],
    notes: [],
    campaigns: [],
    pastMeetings: [],
    mail: [],
    department: 'HR',
    today: TODAY,
    meetingDay: MEETING_DAY,
    dayOf: (instant) => instant.toISOString().slice(0, 10),
    ...input,
  });
  return talkingPoints(prep, 'Priya', 'en-GB').map((p) => p.text);
}

describe('formatDue', () => {
  it.each([
    { day: '2026-12-12', locale: 'en-GB', shown: '12 Dec' },
    { day: '2026-01-01', locale: 'en-GB', shown: '1 Jan' },
    { day: '2026-12-31', locale: 'en-GB', shown: '31 Dec' },
    { day: '2026-12-12', locale: 'en-US', shown: 'Dec 12' },
  ])('$day in $locale reads "$shown"', ({ day, locale, shown }) => {
    expect(formatDue(day, locale)).toBe(shown);
  });
});

describe('talkingPoints', () => {
  it('puts what we owe and is overdue first, then stale work, priorities, campaigns and what they owe', () => {
    const points = pointsFor({
      profile: buildProfile({
        priorities: [
          { text: 'the onboarding portal', due: '2026-12-01' },
          { text: 'the hiring plan', due: '2026-11-22' },
        ],
      }),
      notes: [
        buildNote({
          followUps: [
            followUp('the survey results', { due: '2026-11-30', owner: 'client' }),
            followUp('the draft FAQ', { due: '2026-11-18' }),
          ],
        }),
      ],
      fileItems: [
        buildFileItem({ id: '1', title: 'the values video', lastUpdateSent: null }),
        buildFileItem({ id: '2', title: 'the handbook', lastUpdateSent: '2026-10-30' }),
      ],
      campaigns: [buildCampaign({ name: 'Benefits week', goLive: '2026-12-01' })],
    });
    expect(points).toEqual([
      'Deliver what we owe: the draft FAQ — was due 18 Nov',
      'Update Priya on the values video — no update sent yet',
      'Update Priya on the handbook — last update 21 days ago',
      'Ask about the hiring plan — due 22 Nov',
      'Ask about the onboarding portal — due 1 Dec',
      'Brief Priya on Benefits week — goes live 1 Dec',
    ]);
  });

  it.each([
    {
      what: 'an overdue follow-up we owe',
      input: { notes: [buildNote({ followUps: [followUp('the draft FAQ', { due: '2026-11-18' })] })] },
      points: ['Deliver what we owe: the draft FAQ — was due 18 Nov'],
    },
    {
      what: 'a follow-up we owe that is not due yet',
      input: { notes: [buildNote({ followUps: [followUp('the draft FAQ', { due: '2026-11-23' })] })] },
      points: [],
    },
    {
      what: 'an undated follow-up we owe',
      input: { notes: [buildNote({ followUps: [followUp('the draft FAQ')] })] },
      points: [],
    },
    {
      what: 'an overdue follow-up we owe that is done',
      input: {
        notes: [buildNote({ followUps: [followUp('the draft FAQ', { due: '2026-11-18', done: true })] })],
      },
      points: [],
    },
    {
      what: 'a dated follow-up the client owes',
      input: {
        notes: [
          buildNote({ followUps: [followUp('the survey results', { due: '2026-11-18', owner: 'client' })] }),
        ],
      },
      points: ['Check what Priya owes: the survey results — due 18 Nov'],
    },
    {
      what: 'an undated follow-up the client owes',
      input: { notes: [buildNote({ followUps: [followUp('the survey results', { owner: 'client' })] })] },
      points: ['Check what Priya owes: the survey results'],
    },
    {
      what: 'work updated two days ago',
      input: { fileItems: [buildFileItem({ lastUpdateSent: '2026-11-18' })] },
      points: [],
    },
    {
      what: 'work last updated 15 days ago',
      input: { fileItems: [buildFileItem({ title: 'the handbook', lastUpdateSent: '2026-11-05' })] },
      points: ['Update Priya on the handbook — last update 15 days ago'],
    },
    {
      what: 'work never updated',
      input: { fileItems: [buildFileItem({ title: 'the handbook', lastUpdateSent: null })] },
      points: ['Update Priya on the handbook — no update sent yet'],
    },
    {
      what: 'done work never updated',
      input: { fileItems: [buildFileItem({ status: 'Done', lastUpdateSent: null })] },
      points: [],
    },
    {
      what: 'a campaign for HR going live after the meeting',
      input: { campaigns: [buildCampaign({ name: 'Benefits week', goLive: '2026-12-12' })] },
      points: ['Brief Priya on Benefits week — goes live 12 Dec'],
    },
    {
      what: 'a campaign for Marketing only',
      input: { campaigns: [buildCampaign({ audiences: ['Marketing'] })] },
      points: [],
    },
  ])('with $what says $points', ({ input, points }) => {
    expect(pointsFor(input)).toEqual(points);
  });

  it.each([
    { due: '2026-11-19', raised: false },
    { due: '2026-11-24', raised: true },
    { due: '2026-12-08', raised: true },
    { due: '2026-12-09', raised: false },
    { due: null, raised: false },
  ])('a priority due $due is raised: $raised', ({ due, raised }) => {
    const points = pointsFor({
      profile: buildProfile({ priorities: [{ text: 'the onboarding portal', due }] }),
    });
    expect(points.some((p) => p.startsWith('Ask about the onboarding portal — due '))).toBe(raised);
  });

  it.each([
    { what: 'no profile', profile: null, asked: true },
    { what: 'a profile with no pressures or priorities', profile: buildProfile(), asked: true },
    {
      what: 'a profile naming a pressure',
      profile: buildProfile({ pressures: ['Cut time-to-hire'] }),
      asked: false,
    },
    {
      what: 'a profile naming an undated priority',
      profile: buildProfile({ priorities: [{ text: 'Values refresh', due: null }] }),
      asked: false,
    },
  ])('with $what, asks what they are under pressure to deliver: $asked', ({ profile, asked }) => {
    expect(pointsFor({ profile }).includes(ASK_PRESSURES)).toBe(asked);
  });

  it('puts the question about pressures before everything else when there is no profile', () => {
    const points = pointsFor({
      profile: null,
      notes: [buildNote({ followUps: [followUp('the draft FAQ', { due: '2026-11-18' })] })],
    });
    expect(points).toEqual([ASK_PRESSURES, 'Deliver what we owe: the draft FAQ — was due 18 Nov']);
  });

  it.each([
    {
      profile: buildProfile({ pressures: ['Cut time-to-hire'] }),
      first: 'Update Priya on Work 0 — no update sent yet',
    },
    { profile: null, first: ASK_PRESSURES },
  ])('keeps at most six points, starting with "$first"', ({ profile, first }) => {
    const fileItems = Array.from({ length: 9 }, (_, i) =>
      buildFileItem({ id: String(i), title: `Work ${i}`, lastUpdateSent: null }),
    );
    const points = pointsFor({ profile, fileItems });
    expect(points).toHaveLength(MAX_TALKING_POINTS);
    expect(MAX_TALKING_POINTS).toBe(6);
    expect(points[0]).toBe(first);
  });

  it.each([
    { profile: null, kinds: ['discover', 'deliver', 'update', 'brief', 'check'] },
    {
      profile: buildProfile({ priorities: [{ text: 'the hiring plan', due: '2026-11-22' }] }),
      kinds: ['deliver', 'update', 'ask', 'brief', 'check'],
    },
  ])('tags each point with what to do: $kinds', ({ profile, kinds }) => {
    const prep = buildClientPrep({
      profile,
      fileItems: [buildFileItem({ lastUpdateSent: null })],
      notes: [
        buildNote({
          followUps: [
            followUp('the draft FAQ', { due: '2026-11-18' }),
            followUp('the survey results', { owner: 'client' }),
          ],
        }),
      ],
      campaigns: [buildCampaign()],
      pastMeetings: [],
      mail: [],
      department: 'HR',
      today: TODAY,
      meetingDay: MEETING_DAY,
      dayOf: (instant) => instant.toISOString().slice(0, 10),
    });
    expect(talkingPoints(prep, 'Priya', 'en-GB').map((p) => p.kind)).toEqual(kinds);
  });
});
