import { z } from 'zod/mini';
import { parseRetryAfter } from './middleware/retry-after';
import { GraphTimeoutError, TIMED_OUT_MESSAGE } from './middleware/time-limit';
import { missingPermissionMessage } from './permissions';
import type { Scope } from './scopes';

/** A Graph error with the status and the code Graph gave, and a message fit to show a person. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The permission the request needed, when known: a 403 then names it. */
    readonly permission?: Scope,
    /** For a throttled answer: the wait in ms Graph asked for before trying again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.optional(z.string()) }) });

/** Reads Graph's `{ error: { code, message } }` body, whatever else came back. */
export function toGraphRequestError(status: number, body: unknown, permission?: Scope): GraphRequestError {
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    return new GraphRequestError(
      status,
      parsed.data.error.code,
      parsed.data.error.message ?? parsed.data.error.code,
      permission,
    );
  }
  return new GraphRequestError(status, 'UnknownError', `Microsoft Graph answered ${status}.`, permission);
}

/**
 * Words for a person, for any error thrown while talking to Graph. `needs` is the permission the
 * failed request needed: a 403 then names it and says an admin must grant it.
 */
export function describeGraphError(error: unknown, needs?: Scope): string {
  if (error instanceof GraphRequestError) {
    // An answer came, but not in a shape Home Turf can read: the message already says so.
    if (error.status >= 200 && error.status < 300) return error.message;
    if (error.status === 401) return 'Your sign-in has expired. Sign in again to continue.';
    const permission = needs ?? error.permission;
    if (error.status === 403 && permission !== undefined) return missingPermissionMessage(permission);
    if (error.status === 403) return 'You do not have permission to read this in Microsoft 365.';
    if (error.status === 404) return 'It was not found in Microsoft 365: it may have been deleted or moved.';
    if (error.status === 429 || error.status === 503) return 'Microsoft 365 is busy. Try again in a minute.';
    return `Microsoft 365 could not answer (${error.status} ${error.code}): ${error.message}`;
  }
  // A reader's schema refused the answer; its own message lists paths and types, not words for a person.
  if (error instanceof z.core.$ZodError) return 'Microsoft 365 sent an answer Home Turf cannot read.';
  if (isTimeout(error)) return TIMED_OUT_MESSAGE;
  const status = statusOf(error);
  if (status !== undefined)
    return describeGraphError(new GraphRequestError(status, codeOf(error), messageOf(error)), needs);
  if (error instanceof TypeError || isNetworkFailure(error))
    return 'Microsoft 365 could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}

const graphClientError = z.object({
  statusCode: z.number(),
  code: z.nullish(z.string()),
  message: z.string(),
});

/** The graph client reports a request that never got an answer with status -1. */
function isNetworkFailure(error: unknown): boolean {
  const parsed = graphClientError.safeParse(error);
  return parsed.success && parsed.data.statusCode <= 0;
}

/** The time limit ran out; the graph client passes it on with the error's name as its code. */
function isTimeout(error: unknown): boolean {
  if (error instanceof GraphTimeoutError) return true;
  const parsed = graphClientError.safeParse(error);
  return parsed.success && parsed.data.statusCode <= 0 && parsed.data.code === 'GraphTimeoutError';
}

/** The graph client's own GraphError carries statusCode and code. */
function statusOf(error: unknown): number | undefined {
  const parsed = graphClientError.safeParse(error);
  return parsed.success && parsed.data.statusCode > 0 ? parsed.data.statusCode : undefined;
}
function codeOf(error: unknown): string {
  const parsed = graphClientError.safeParse(error);
  return parsed.success ? (parsed.data.code ?? 'Error') : 'Error';
}
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Unknown error';
}

/**
 * The HTTP status of a failed Graph call, or 0 when no answer came back at all (no connection, a
 * dropped connection, a time-out): the case where a write may or may not have happened.
 */
export function errorStatus(error: unknown): number {
  if (error instanceof GraphRequestError) return error.status;
  return statusOf(error) ?? 0;
}

/**
 * The wait in ms Graph asked for with a failed call's `Retry-After` (429, 503), or null when it
 * asked for none. The client's own GraphError carries the response headers.
 */
export function retryAfterOf(error: unknown): number | null {
  if (error instanceof GraphRequestError) return error.retryAfterMs ?? null;
  if (typeof error !== 'object' || error === null || !('headers' in error)) return null;
  const { headers } = error;
  return headers instanceof Headers ? parseRetryAfter(headers.get('Retry-After')) : null;
}
