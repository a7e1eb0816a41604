import { z } from 'zod';
import type { GraphRequest, GraphResponse } from './graph-http';

/**
 * Raw overrides: JSON written over matching Graph answers after the route has rendered them. The
 * tenant's own model only ever produces well-formed resources; these let a tenant file serve what a
 * real service, a proxy or a hand-edited SharePoint list sometimes does (`"attendees": "x"`, a
 * number where a string belongs, a missing `start`), so a client's handling of them can be tested
 * over real HTTP. They are meant for tests: nothing checks that the result is still Graph.
 */

export const rawOverrideSchema = z.strictObject({
  /** HTTP method to match (any when absent). */
  method: z.string().min(1).optional(),
  /** Substring of the Graph path after /v1.0, case-insensitive (any path when absent). */
  path: z.string().min(1).optional(),
  /**
   * Which objects in the answer to change: every object, at any depth, whose properties equal
   * these (compared as JSON). Without it, the answer's top-level object.
   */
  match: z.record(z.string(), z.json()).optional(),
  /** Properties written over each matched object, whatever their type. */
  set: z.record(z.string(), z.json()).optional(),
  /** Properties deleted from each matched object. */
  remove: z.array(z.string().min(1)).optional(),
});

export type RawOverride = z.infer<typeof rawOverrideSchema>;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function applies(rule: RawOverride, request: GraphRequest): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
  return rule.path === undefined || decoded(request.path).toLowerCase().includes(rule.path.toLowerCase());
}

/** Objects matching `match`, found before anything is changed, so one rule never feeds on its own output. */
function targets(body: unknown, match: JsonObject | undefined): JsonObject[] {
  if (match === undefined) return isObject(body) ? [body] : [];
  const found: JsonObject[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node)) return;
    if (Object.entries(match).every(([key, value]) => key in node && sameJson(node[key], value))) {
      found.push(node);
    }
    Object.values(node).forEach(visit);
  };
  visit(body);
  return found;
}

/**
 * The answer with every applicable override written over it. A `$batch` answer is left alone: its
 * members pass through here one by one. The rendered body is copied first, never changed in place,
 * because routes may hand out objects the tenant's state still holds.
 */
export function withRawOverrides(
  overrides: readonly RawOverride[] | undefined,
  request: GraphRequest,
  response: GraphResponse,
): GraphResponse {
  if (/^\/?\$batch\/?$/i.test(request.path)) return response;
  const rules = (overrides ?? []).filter((rule) => applies(rule, request));
  if (rules.length === 0 || response.body === null || response.body === undefined) return response;
  const body: unknown = structuredClone(response.body);
  for (const rule of rules) {
    for (const target of targets(body, rule.match)) {
      for (const name of rule.remove ?? []) Reflect.deleteProperty(target, name);
      Object.assign(target, rule.set ?? {});
    }
  }
  return { ...response, body };
}
