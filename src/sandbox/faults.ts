import { z } from 'zod';
import {
  graphError,
  PRECONDITION_FAILED_MESSAGE,
  WWW_AUTHENTICATE,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { UsageMeter } from './resource-units';
import { jsonPath } from './tenant-spec';

/**
 * Fault and latency injection, so the app's handling of a slow or failing Graph can be exercised
 * against the demo: throttling (429 with Retry-After), unavailability (503), a gateway time-out
 * that may come after the write was applied (504), stale etags (412), an access token that expires
 * (401), dropped connections and requests that are never answered.
 * Latency applies once per HTTP request; rules apply to direct requests and to each `$batch` member.
 */

const statusSchema = z.union([
  /** Expires the token the request carries: it and every later request with it answer 401. */
  z.literal(401),
  z.literal(429),
  z.literal(503),
  z.literal(504),
  z.literal(412),
  z.literal('drop'),
  /** Never answers (the caller's time limit ends it); with `afterWrite`, after running the request. */
  z.literal('hang'),
]);

const ruleSchema = z.strictObject({
  /** HTTP method to match (any when absent). */
  method: z.string().min(1).optional(),
  /** Substring of the Graph path after /v1.0 (case-insensitive), or `/regex/flags`. */
  path: z.string().min(1).optional(),
  status: statusSchema,
  /** Seconds, sent verbatim in `Retry-After` (decimals allowed, as Graph sends `2.128`). */
  retryAfter: z.number().min(0).optional(),
  /** How many matching requests the rule fails before it retires. @default 1 */
  times: z.number().int().min(1).optional(),
  /** Run the request first, then answer with the fault: the write happened, the answer was lost. */
  afterWrite: z.boolean().optional(),
});

/** Body of `POST /demo/faults` and the `faults` server option. */
export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().min(0).max(600_000).optional(),
  rules: z.array(ruleSchema).optional(),
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;
export type FaultRule = z.infer<typeof ruleSchema>;

/** Thrown when a rule drops the connection; the server destroys the socket without answering. */
export class DroppedConnection extends Error {
  override readonly name = 'DroppedConnection';
}

/** Thrown for settings that do not validate; the message lists each problem by JSON path. */
export class FaultSettingsError extends Error {
  override readonly name = 'FaultSettingsError';
}

type ActiveRule = {
  rule: FaultRule;
  matches: (request: GraphRequest) => boolean;
  remaining: number;
  fired: number;
};

function pathMatcher(pattern: string | undefined): (path: string) => boolean {
  if (pattern === undefined) return () => true;
  // `/…/flags` using a regex operator is a regular expression; `/lists/Notes/items/` stays a substring.
  const regex = /^\/(.+)\/([dgimsuyv]*)$/.exec(pattern);
  if (regex && /[\^$\\.*+?()[\]{}|]/.test(regex[1] ?? '')) {
    let compiled: RegExp;
    try {
      compiled = new RegExp(regex[1] ?? '', regex[2]);
    } catch {
      throw new FaultSettingsError(`Invalid path pattern ${pattern}: not a valid regular expression.`);
    }
    return (path) => compiled.test(path);
  }
  const needle = pattern.toLowerCase();
  return (path) => path.toLowerCase().includes(needle);
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function activate(rule: FaultRule): ActiveRule {
  const pathMatches = pathMatcher(rule.path);
  const method = rule.method?.toUpperCase();
  return {
    rule,
    matches: (request) =>
      (method === undefined || request.method === method) && pathMatches(decoded(request.path)),
    remaining: rule.times ?? 1,
    fired: 0,
  };
}

/** Validates settings from JSON, throwing FaultSettingsError with readable issues. */
export function parseFaultSettings(json: unknown): FaultSettings {
  const parsed = faultSettingsSchema.safeParse(json ?? {});
  if (parsed.success) return parsed.data;
  throw new FaultSettingsError(
    parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; '),
  );
}

function faultResponse(request: GraphRequest, rule: FaultRule): GraphResponse {
  const headers: Record<string, string> =
    rule.retryAfter === undefined ? {} : { 'Retry-After': String(rule.retryAfter) };
  switch (rule.status) {
    case 401:
      return expiredTokenResponse(request, headers);
    case 429:
      return graphError(request, 429, 'TooManyRequests', 'Please retry again later.', headers);
    case 503:
      return graphError(
        request,
        503,
        'serviceNotAvailable',
        'The service is not available. Try the request again after a delay.',
        headers,
      );
    case 504:
      return graphError(request, 504, 'UnknownError', '', headers);
    case 412:
      return graphError(request, 412, 'preconditionFailed', PRECONDITION_FAILED_MESSAGE, headers);
    case 'drop':
      throw new DroppedConnection('Connection dropped by a fault rule.');
    case 'hang':
      throw new Error('A hung request has no answer.');
  }
}

/** Graph's answer to a token past its lifetime, with where to get a new one. */
function expiredTokenResponse(request: GraphRequest, headers: Record<string, string> = {}): GraphResponse {
  return graphError(
    request,
    401,
    'InvalidAuthenticationToken',
    'Lifetime validation failed, the token is expired.',
    { ...headers, 'WWW-Authenticate': WWW_AUTHENTICATE },
  );
}

/** The bearer token a request (or the batch around a member) carries, if any. */
function bearerToken(request: GraphRequest): string | undefined {
  const match = /^Bearer\s+(\S+)/i.exec(request.headers['authorization']?.trim() ?? '');
  return match?.[1];
}

/** A latency wait; it does not keep the process alive, so a tenant can close mid-wait (a hung request). */
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (typeof timer === 'object') timer.unref();
  });

/** The tenant's fault configuration and counters. */
export class FaultInjector {
  private latencyMs = 0;
  private rules: ActiveRule[] = [];
  private counters = { requests: 0, batchMembers: 0, faultsFired: 0 };
  /** SharePoint requests and their resource units, shown by `GET /demo/usage`. */
  readonly usage = new UsageMeter();
  /** Tokens a 401 rule expired; like a token past its lifetime, they never work again. */
  private readonly expiredTokens = new Set<string>();

  /** `initial` is what the server started with; reset() returns to it. */
  constructor(private readonly initial: FaultSettings = {}) {
    this.reset();
  }

  /** Sets the latency and/or replaces the rules (fields left out keep their value). */
  configure(settings: FaultSettings): void {
    const rules = settings.rules?.map(activate);
    if (settings.latencyMs !== undefined) this.latencyMs = settings.latencyMs;
    if (rules) this.rules = rules;
  }

  /** Back to the start-up settings, counters at zero. */
  reset(): void {
    this.latencyMs = this.initial.latencyMs ?? 0;
    this.rules = (this.initial.rules ?? []).map(activate);
    this.counters = { requests: 0, batchMembers: 0, faultsFired: 0 };
    this.usage.reset();
    this.expiredTokens.clear();
  }

  /** What `GET /demo/faults` shows. */
  snapshot(): Record<string, unknown> {
    return {
      latencyMs: this.latencyMs,
      rules: this.rules.map(({ rule, remaining, fired }) => ({
        ...rule,
        times: rule.times ?? 1,
        afterWrite: rule.afterWrite ?? false,
        remaining,
        fired,
      })),
      counters: { ...this.counters },
    };
  }

  /** Called once per HTTP request to the Graph API: counts it and waits the configured latency. */
  async beforeHttpRequest(): Promise<void> {
    this.counters.requests += 1;
    if (this.latencyMs > 0) await sleep(this.latencyMs);
  }

  /** Runs `request` (direct or a batch member) unless a rule fails it first, or after it. */
  async apply(request: GraphRequest, run: () => Promise<GraphResponse>): Promise<GraphResponse> {
    if (request.inBatch) this.counters.batchMembers += 1;
    this.usage.count(request);
    const token = bearerToken(request);
    // The rule fired once; the token stays expired, so only a new sign-in gets through.
    if (token !== undefined && this.expiredTokens.has(token)) return expiredTokenResponse(request);
    const active = this.rules.find((candidate) => candidate.remaining > 0 && candidate.matches(request));
    if (!active) return run();
    active.remaining -= 1;
    active.fired += 1;
    this.counters.faultsFired += 1;
    if (active.rule.status === 401 && token !== undefined) this.expiredTokens.add(token);
    if (active.rule.afterWrite) await run();
    // Held open until the caller gives up and the server closes the connection.
    if (active.rule.status === 'hang') return new Promise<never>(() => undefined);
    return faultResponse(request, active.rule);
  }
}
