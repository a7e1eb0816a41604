import type { BrowserContext, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { DEMO_DOMAIN, TEAM_SITE_HOSTNAME } from '../../src/sandbox/seed';

/**
 * What the demo tenant holds, read over Graph as a person with a token would read it: the team
 * store's list items (with who created them) and a user's To Do tasks. The tests end by reading
 * these, so they assert what Microsoft 365 holds, not what the pane believes.
 */

export const MAYA = `maya.chen@${DEMO_DOMAIN}`;
export const DANIEL = `daniel.okafor@${DEMO_DOMAIN}`;
export const AISHA = `aisha.karimi@${DEMO_DOMAIN}`;

export type StoredItem = {
  id: string;
  fields: Record<string, unknown>;
  createdBy: { user: { email?: string; displayName?: string } };
};

export type StoredTask = {
  id: string;
  title: string;
  linkedResources?: { applicationName?: string; externalId?: string }[];
};

/** A token for `upn` from the demo tenant. */
async function tokenFor(demo: TenantServer, upn: string): Promise<string> {
  const response = await fetch(`${demo.url}/demo/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  if (!response.ok) throw new Error(`No token for ${upn}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Every value of a Graph collection, following its next links. */
async function readAll<T>(demo: TenantServer, upn: string, path: string): Promise<T[]> {
  const token = await tokenFor(demo, upn);
  const values: T[] = [];
  let url: string | undefined = `${demo.graphBaseUrl}${path}`;
  while (url !== undefined) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { value: T[]; '@odata.nextLink'?: string };
    values.push(...body.value);
    url = body['@odata.nextLink'];
  }
  return values;
}

/** The site at `path` on the comms host, with its id. */
export async function siteId(demo: TenantServer, path: string): Promise<string> {
  const token = await tokenFor(demo, MAYA);
  const response = await fetch(`${demo.graphBaseUrl}/sites/${TEAM_SITE_HOSTNAME}:${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`No site ${path}: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** The items of one of the store's lists (by internal name) in the site at `path`. */
export async function storeItems(demo: TenantServer, path: string, list: string): Promise<StoredItem[]> {
  const site = `/sites/${encodeURIComponent(await siteId(demo, path))}`;
  const lists = await readAll<{ id: string; name: string }>(demo, MAYA, `${site}/lists`);
  const found = lists.find((l) => l.name === list);
  if (found === undefined) throw new Error(`The site ${path} has no list ${list}.`);
  return readAll<StoredItem>(demo, MAYA, `${site}/lists/${found.id}/items?$expand=fields&$top=200`);
}

/** `upn`'s default To Do list, as a Graph path. */
async function defaultTodoList(demo: TenantServer, upn: string): Promise<string> {
  const lists = await readAll<{ id: string; wellknownListName?: string }>(demo, upn, '/me/todo/lists');
  const list = lists.find((l) => l.wellknownListName === 'defaultList');
  if (list === undefined) throw new Error(`${upn} has no default To Do list.`);
  return `/me/todo/lists/${encodeURIComponent(list.id)}`;
}

/** The tasks in `upn`'s default To Do list. */
export async function todoTasks(demo: TenantServer, upn: string): Promise<StoredTask[]> {
  const list = await defaultTodoList(demo, upn);
  return readAll<StoredTask>(demo, upn, `${list}/tasks?$expand=linkedResources&$top=100`);
}

/** Notes in the site at `path` whose value offered mentions `text`. */
export async function notesWith(demo: TenantServer, path: string, text: string): Promise<StoredItem[]> {
  return (await storeItems(demo, path, 'HomeTurfNotes')).filter((item) => {
    const offered = item.fields['ValueOffered'];
    return typeof offered === 'string' && offered.includes(text);
  });
}

/**
 * Signs the context's panes in as `upn`: the demo's quick sign-in signs in its own user (Maya), so
 * here the demo tenant is asked for `upn`'s token instead, as that person's sign-in would give.
 */
export async function signInAs(context: BrowserContext | Page, upn: string): Promise<void> {
  await context.route('**/demo/token', (route) =>
    route.continue({ postData: JSON.stringify({ userPrincipalName: upn }) }),
  );
}

/** Adds a task to `upn`'s default To Do list, as they would in To Do itself. */
export async function addTodoTask(demo: TenantServer, upn: string, title: string): Promise<void> {
  const token = await tokenFor(demo, upn);
  const response = await fetch(`${demo.graphBaseUrl}${await defaultTodoList(demo, upn)}/tasks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw new Error(`No task added: ${response.status} ${await response.text()}`);
}

/** Sets the demo tenant's fault rules (see src/sandbox/faults.ts); none clears them. */
export async function setFaults(
  demo: TenantServer,
  rules: readonly Record<string, unknown>[],
): Promise<void> {
  const response = await fetch(`${demo.url}/demo/faults`, {
    method: rules.length === 0 ? 'DELETE' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: rules.length === 0 ? null : JSON.stringify({ rules }),
  });
  if (!response.ok) throw new Error(`Faults refused: ${response.status} ${await response.text()}`);
}
