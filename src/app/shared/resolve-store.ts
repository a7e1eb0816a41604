import { z } from 'zod/mini';
import type { Person } from '../../domain/meeting';
import type { StoreSwitch } from '../../features/session';
import type { GraphClient } from '../../graph/create-graph-client';
import { describeGraphError } from '../../graph/graph-errors';
import { findStoreLists, missingStoreLists } from '../../graph/store/check-store';
import type { TeamStore } from '../../graph/store/find-team-stores';

/**
 * On demand: looking through the advisor's teams happens on their first start (or when the
 * remembered site is gone) and when they switch team; every other start opens the remembered site.
 */
function teamLookup() {
  return import(/* webpackChunkName: "on-demand-team-lookup" */ '../../graph/store/find-team-stores');
}
import { getStoreSite } from '../../graph/store/get-store-site';
import type { StoreListKey, StoreSite } from '../../graph/store/store-lists';
import type { Host, HostSettings } from '../../hosts/host';

/** Where the session's team store is, or why there is none. */
export type ResolvedStore = {
  site: StoreSite | null;
  /** The store's lists the site lacks; undefined when that could not be checked. */
  missing?: StoreListKey[];
  problem?: string;
  /** How the advisor changes team; absent where the host fixes the team (a channel tab). */
  switcher?: StoreSwitch | undefined;
};

/** The setting that remembers the advisor's team store, per user (a shared computer has several). */
export const STORE_CHOICE_SETTING = 'storeChoice';

const choiceSchema = z.object({
  userId: z.string().check(z.minLength(1)),
  siteId: z.string().check(z.minLength(1)),
  /** How many teams with a store the advisor had when they chose: a switch is offered past one. */
  teams: z.int().check(z.nonnegative()),
});

export type StoreChoice = z.infer<typeof choiceSchema>;

export type ResolveStoreOptions = {
  graph: GraphClient;
  host: Host;
  /** The organisation's default team site (`host:/sites/path`), set by the admin at build. */
  orgDefault: string | undefined;
  /** A team site the surface is fixed to besides the host's (the demo's `?storeSite=`). */
  pinned?: string | undefined;
  /** The signed-in advisor, being read alongside. */
  me: Promise<Person>;
  /** Starts the surface again on the chosen store. */
  restart: () => void;
};

/**
 * Finds the team store at run time, so one build serves every comms team:
 * 1. the team the host names (a channel tab's own team site) — no choice there;
 * 2. the store this advisor chose or was given before, remembered in the host's settings (Outlook's
 *    roaming settings follow the mailbox to every device);
 * 3. else the teams the advisor has joined whose site holds the store's lists — the organisation's
 *    default among them if there is one, else the first — remembered for next time;
 * 4. else the organisation's default site, where the pane can offer to set the store up.
 * An advisor in more than one comms team gets a switch.
 */
export async function resolveStore(options: ResolveStoreOptions): Promise<ResolvedStore> {
  const { graph, host, orgDefault } = options;
  const pinned = host.storeSite ?? options.pinned;
  if (pinned !== undefined) return byAddress(graph, pinned);
  const settings = host.settings;
  const remembered = parseChoice(settings?.get(STORE_CHOICE_SETTING));
  if (remembered !== undefined) {
    const [me, opened] = await Promise.all([options.me, byId(graph, remembered.siteId).catch(() => null)]);
    if (me.id === remembered.userId && opened !== null) {
      return { ...opened, switcher: switcher(options, me, opened.site, remembered.teams) };
    }
  }
  const me = await options.me;
  let found: TeamStore[];
  let isSetUp: (store: TeamStore) => boolean;
  try {
    const lookup = await teamLookup();
    isSetUp = lookup.isSetUp;
    found = await lookup.findTeamStores(graph);
  } catch (error: unknown) {
    if (orgDefault !== undefined) return byAddress(graph, orgDefault);
    return {
      site: null,
      problem: `Home Turf could not look for your team's store among your teams in Microsoft Teams: ${describeGraphError(error)}`,
    };
  }
  const ready = found.filter(isSetUp);
  const fallback = orgDefault === undefined ? null : await byAddress(graph, orgDefault);
  const defaultId = fallback?.site?.id;
  const pick = ready.find((store) => store.site.id === defaultId) ?? ready[0];
  if (pick !== undefined) {
    await remember(settings, { userId: me.id, siteId: pick.site.id, teams: ready.length });
    return {
      site: pick.site,
      missing: [],
      switcher: switcher(options, me, pick.site, ready.length),
    };
  }
  if (fallback !== null) return { ...fallback, switcher: switcher(options, me, fallback.site, 0) };
  return { site: null, problem: noStoreProblem(host, found) };
}

/** The words for an advisor none of whose teams has the store, by where they are. */
export function noStoreProblem(host: Host, teams: readonly TeamStore[]): string {
  const where = host.kind === 'outlook' ? 'then open this pane again' : 'then come back here';
  if (teams.length === 0) {
    return (
      'Home Turf keeps its records in your comms team’s site, and you are not in a team in Microsoft ' +
      `Teams that has one. Ask to be added to your comms team in Teams, ${where}.`
    );
  }
  const names = teams.map((team) => team.teamName).join(', ');
  return (
    `Home Turf is not set up in your team${teams.length === 1 ? '' : 's'} yet (${names}). ` +
    `In Teams, add Home Turf as a tab in a channel of your comms team and choose “Set up Home Turf for this team”, ${where}.`
  );
}

function parseChoice(value: unknown): StoreChoice | undefined {
  const parsed = choiceSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A failed save only costs the advisor the look-up next time. */
async function remember(settings: HostSettings | undefined, choice: StoreChoice): Promise<void> {
  await settings?.set(STORE_CHOICE_SETTING, choice).catch((error: unknown) => {
    console.warn('Home Turf could not remember the team store', error);
  });
}

function switcher(
  options: ResolveStoreOptions,
  me: Person,
  current: StoreSite | null,
  teams: number,
): StoreSwitch | undefined {
  const settings = options.host.settings;
  if (settings === undefined) return undefined;
  // The teams the menu listed: choosing among them needs no second look-up.
  let listed: { stores: TeamStore[]; isSetUp: (store: TeamStore) => boolean } | undefined;
  return {
    offered: teams > 1,
    currentSiteId: current?.id ?? null,
    async choices() {
      const lookup = await teamLookup();
      const stores = await lookup.findTeamStores(options.graph);
      listed = { stores, isSetUp: lookup.isSetUp };
      return stores;
    },
    async choose(store) {
      const ready = listed === undefined ? teams : listed.stores.filter(listed.isSetUp).length;
      await settings.set(STORE_CHOICE_SETTING, {
        userId: me.id,
        siteId: store.site.id,
        teams: Math.max(ready, 2),
      } satisfies StoreChoice);
      options.restart();
    },
  };
}

/** The site at `host:/sites/path`, and which of the store's lists it lacks. */
async function byAddress(graph: GraphClient, address: string): Promise<ResolvedStore> {
  try {
    const site = await getStoreSite(graph, address);
    return { site, missing: missingStoreLists(site.lists) };
  } catch (error: unknown) {
    return {
      site: null,
      problem: `The team store at ${address} could not be opened: ${describeGraphError(error)}`,
    };
  }
}

const siteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  webUrl: z.nullish(z.string()),
  displayName: z.nullish(z.string()),
});

/** The site by its id (`host,siteCollectionId,webId`), as remembered; throws when it is gone. */
async function byId(graph: GraphClient, siteId: string): Promise<ResolvedStore> {
  const raw: unknown = await graph.client
    .api(`/sites/${encodeURIComponent(siteId)}`)
    .select(['id', 'webUrl', 'displayName'])
    .get();
  const parsed = siteSchema.parse(raw);
  const site: StoreSite = { id: parsed.id, lists: await findStoreLists(graph, parsed.id) };
  if (parsed.webUrl) site.webUrl = parsed.webUrl;
  if (parsed.displayName) site.displayName = parsed.displayName;
  return { site, missing: missingStoreLists(site.lists) };
}
