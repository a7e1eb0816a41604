import { DEFAULT_ALL_HANDS_THRESHOLD, couldBeClientMeeting } from '../domain/classify-meeting';
import type { ListedClient, Meeting, OrgContext, Person } from '../domain/meeting';
import { MAX_BATCH_REQUESTS, bodyOf, sendBatch, type BatchRequest, type BatchResult } from './batch';
import type { GraphClient } from './create-graph-client';
import { describeGraphError } from './graph-errors';
import { readUsers, usersByEmailRequests } from './get-users-by-email';
import { readTeamMembers, teamMembersRequest } from './get-team-members';
import { sendOneAtATime } from './send-one-at-a-time';

export type OrgContextResult = {
  org: OrgContext;
  /** Extra batch members the caller asked to send in the same round trip, by id. */
  extra: ReadonlyMap<string, BatchResult>;
  /** Sections that could not be loaded, in words for the user. */
  problems: string[];
  roundTrips: number;
  /** Requests inside those round trips (batch members), retries of throttled members not counted. */
  requests: number;
};

export type OrgContextOptions = {
  allHandsThreshold?: number;
  /** More requests to send in the same `$batch` (e.g. the meeting itself). */
  extra?: readonly BatchRequest[];
  listedClients?: ReadonlyMap<string, ListedClient>;
  /**
   * `sequential` sends the same requests one after another instead of batched; only the
   * benchmark asks for it, to measure what the batch saves.
   * @default 'batch'
   */
  requests?: 'batch' | 'sequential';
};

/**
 * Everything the classifier needs to know about the people in some meetings, in one `$batch`
 * round trip when it fits (directory entries by address, the comms team), more batches sent side
 * by side when it does not. Participants of meetings that cannot be client meetings anyway
 * (cancelled, declined, free, all-hands sized) are not looked up.
 */
export async function loadOrgContext(
  graph: GraphClient,
  me: Person,
  meetings: readonly Meeting[],
  options: OrgContextOptions = {},
): Promise<OrgContextResult> {
  const threshold = options.allHandsThreshold ?? DEFAULT_ALL_HANDS_THRESHOLD;
  const emails = new Set<string>();
  for (const meeting of meetings) {
    if (!couldBeClientMeeting(meeting, me, { allHandsThreshold: threshold })) continue;
    for (const p of [meeting.organizer, ...meeting.attendees]) {
      if (p.email !== undefined && p.email !== me.email) emails.add(p.email);
    }
  }
  const first: BatchRequest[] = [...(options.extra ?? [])];
  if (me.department !== undefined) first.push(teamMembersRequest(me.department));
  const userRequests = usersByEmailRequests([...emails]);
  const batches: BatchRequest[][] = [first];
  for (const request of userRequests) {
    const last = batches[batches.length - 1];
    if (last !== undefined && last.length < MAX_BATCH_REQUESTS) last.push(request);
    else batches.push([request]);
  }
  const sequential = options.requests === 'sequential';
  const answers = sequential
    ? [await sendOneAtATime(graph, batches.flat())]
    : await Promise.all(batches.filter((b) => b.length > 0).map((b) => sendBatch(graph, b)));
  const results = new Map(answers.flatMap((m) => [...m]));

  const problems: string[] = [];
  const directory = new Map<string, Person>([[me.email, me]]);
  for (const request of userRequests) {
    try {
      for (const person of readUsers(bodyOf(results, request.id))) directory.set(person.email, person);
    } catch (error) {
      problems.push(`Some people could not be looked up in the directory: ${describeGraphError(error)}`);
      break;
    }
  }
  const commsTeam = new Set<string>([me.email]);
  if (me.department !== undefined) {
    try {
      for (const person of readTeamMembers(bodyOf(results, 'team'))) commsTeam.add(person.email);
    } catch (error) {
      problems.push(
        `Your team could not be loaded, so colleagues in it may show as clients: ${describeGraphError(error)}`,
      );
    }
  }
  const extraIds = new Set((options.extra ?? []).map((r) => r.id));
  const extra = new Map([...results].filter(([id]) => extraIds.has(id)));
  const org: OrgContext = {
    me,
    domains: [me.email.slice(me.email.lastIndexOf('@') + 1)],
    commsTeam,
    directory,
    listedClients: options.listedClients ?? new Map(),
  };
  const requests = batches.reduce((n, b) => n + b.length, 0);
  return {
    org,
    extra,
    problems,
    roundTrips: sequential ? requests : answers.length > 0 ? 1 : 0,
    requests,
  };
}
