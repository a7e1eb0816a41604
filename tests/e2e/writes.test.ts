import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page, Response, Route } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import {
  EMPTY_TEAM_SITE_PATH,
  SEED_SUBJECTS,
  STORE_LIST_IDS,
  TEAM_SITE_HOSTNAME,
} from '../../src/sandbox/seed';
import { upnOf } from '../../src/sandbox/seed/directory';
import { launchChromium, launchOnProfile, realErrors, startDemo, watchForErrors } from './chromium';
import { seededAppointment } from './production-harness';
import {
  addTodoTask,
  DANIEL,
  MAYA,
  notesWith,
  setFaults,
  signInAs,
  storeItems,
  todoTasks,
} from './store-reads';

/**
 * Every write lands once, in the right team's store, for the right person, and a save never waits
 * on the network: the production build and the demo tenant in Chromium, driven as an advisor
 * drives them, each test ending with what the tenant holds.
 */

jest.setTimeout(60_000);

/** A Friday morning: this week's workshop (Wednesday) and 1:1 with Priya (Thursday) are over. */
const NOW = new Date('2026-11-27T09:00:00Z');
const COMMS = '/sites/comms';

let demo: TenantServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(NOW), launchChromium()]);
});
afterAll(async () => {
  await browser.close();
  await demo.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await setFaults(demo, []);
  expect(realErrors(errors.splice(0).flat()).filter((line) => !INJECTED.test(line))).toEqual([]);
});

/**
 * What the browser reports of the faults these tests inject: a store answering 503, the
 * connection the test drops or takes offline, the tenant throttling (429), and the store refusing (409) a note sent again after its answer was
 * lost, which is how the outbox learns it was saved. Every other error fails the test.
 */
const INJECTED =
  /^console: Failed to load resource: (the server responded with a status of (503|429|409)|net::ERR_CONNECTION_CLOSED|net::ERR_INTERNET_DISCONNECTED)/;

const VIEWPORT = { width: 1400, height: 1000 };

/** Watches the context's pages for errors, and closes it after the test. */
async function watched(
  context: BrowserContext,
  clock: 'fixed' | 'running' = 'fixed',
): Promise<BrowserContext> {
  // A fixed clock, unless the test moves time on (a request's time limit).
  if (clock === 'fixed') await context.clock.setFixedTime(NOW);
  else await context.clock.install({ time: NOW });
  for (const page of context.pages()) errors.push(watchForErrors(page));
  context.on('page', (page) => errors.push(watchForErrors(page)));
  contexts.push(context);
  return context;
}

/** A browser context of its own (its own device storage), at NOW. */
async function newContext(clock: 'fixed' | 'running' = 'fixed'): Promise<BrowserContext> {
  return watched(await browser.newContext({ viewport: VIEWPORT }), clock);
}

/** Chromium on the browser profile in `profile`, at NOW: what an earlier launch kept there stays. */
async function onProfile(profile: string): Promise<BrowserContext> {
  return watched(await launchOnProfile(profile, { viewport: VIEWPORT }));
}

/** The store site's path with the host, as `?storeSite=` takes it. */
const pinnedTo = (sitePath: string) => `?storeSite=${TEAM_SITE_HOSTNAME}:${sitePath}`;
const MARKETING = EMPTY_TEAM_SITE_PATH;

/** Graph requests that write to the team store's lists or to To Do (and reads of the same). */
const WRITES = /\/(lists\/[^/]+\/items(\/.*)?|todo\/lists\/[^/]+\/tasks)(\?.*)?$/;

/**
 * The store and To Do are down: each write is answered 503 by the tenant, with Retry-After: 0 so
 * that a pane is soon done trying. A page is closed only once it is done sending (`sendingDone`),
 * so no request of its is still on its way when the test brings the store back.
 */
async function storeDown(): Promise<void> {
  const down = { status: 503, retryAfter: 0, times: 1000 };
  await setFaults(demo, [
    { method: 'POST', path: '/items', ...down },
    { method: 'PATCH', path: '/items/', ...down },
    { method: 'POST', path: '/tasks', ...down },
  ]);
}

/**
 * Resolves once no pane of the page's origin is sending its outbox or waiting to (the outbox's
 * lock is neither held nor asked for). Under the tests' fixed clock, an entry that failed is then
 * not tried again until a new pane starts or the advisor asks.
 */
async function sendingDone(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    return [...held, ...pending].every((lock) => lock.name !== 'home-turf-outbox-flush');
  });
}

/** Resolves once the outbox on the page's device is empty: every write the store confirmed. */
async function deviceSent(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const opening = indexedDB.open('home-turf');
        opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'));
        opening.onsuccess = () => {
          const database = opening.result;
          const count = database.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result === 0);
          };
        };
      }),
  );
}

/** A write the team store or To Do confirmed: a new item or task (201). */
function isCreated(response: Response): boolean {
  const { pathname } = new URL(response.url());
  return (
    response.request().method() === 'POST' &&
    response.status() === 201 &&
    /\/(lists\/[^/]+\/items|todo\/lists\/[^/]+\/tasks)$/.test(pathname)
  );
}

/** The outbox banner or a note's status saying writes still wait on this device. */
const waiting = (where: FrameLocator | Page) => where.getByText(/saved on this device/i);

/**
 * Opens the demo's Outlook on `page` and lets its pane send what waits on this device: resolves
 * with the first write the store confirmed, once the pane says nothing waits any more.
 */
async function openAndSend(page: Page, search = ''): Promise<Response> {
  const sent = page.waitForResponse(isCreated);
  await page.goto(`${demo.url}/${search}`);
  const response = await sent;
  const pane = page.frameLocator('iframe[title="Home Turf task pane"]');
  await pane.getByRole('region', { name: 'Agenda' }).waitFor();
  await waiting(pane).waitFor({ state: 'hidden' });
  return response;
}

/** Writes a note with one value offered on the pane's meeting and saves it. */
async function saveNote(pane: FrameLocator, value: string, toDo?: string): Promise<void> {
  const note = await openNote(pane);
  await note.getByRole('button', { name: 'Add value offered' }).click();
  await note.getByRole('textbox', { name: 'Value 1', exact: true }).fill(value);
  if (toDo !== undefined) {
    await note.getByRole('button', { name: 'Add follow-up' }).click();
    await note.getByRole('textbox', { name: 'Follow-up 1', exact: true }).fill(toDo);
    await note.getByText('Add to my To Do', { exact: true }).click();
  }
  await note.getByRole('button', { name: 'Save note' }).click();
}

/** The demo's Outlook, with the pane on the meeting `subject` of this week. */
async function openMeeting(page: Page, subject: string, search = ''): Promise<FrameLocator> {
  await page.goto(`${demo.url}/${search}`);
  await page
    .getByRole('region', { name: 'Calendar' })
    .locator(`button[aria-label^="${subject},"]`)
    .first()
    .click();
  return page.frameLocator('iframe[title="Home Turf task pane"]');
}

/** Opens the value-add note on the pane's meeting. */
async function openNote(pane: FrameLocator): Promise<Locator> {
  await pane.getByRole('button', { name: /^Add (another )?value-add note$/ }).click();
  return pane.getByRole('form', { name: 'Value-add note' });
}

/** Whether each checkbox (or radio) in `where` is checked, in order. */
function checkedStates(where: Locator, role: 'checkbox' | 'radio' = 'checkbox'): Promise<boolean[]> {
  return where.getByRole(role).evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
}

/** The labels in `where`, in order, once there is one. */
async function checkboxNames(where: Locator): Promise<string[]> {
  await where.locator('label').first().waitFor();
  return where.locator('label').allInnerTexts();
}

/**
 * Clicks the label `name` in `where` and checks that the control it names, and only that one,
 * changed: the states after are the states before with that one toggled.
 */
async function clickLabel(where: Locator, name: string, index: number): Promise<void> {
  const before = await checkedStates(where);
  await where.locator('label').getByText(name, { exact: true }).nth(0).click();
  const expected = before.map((checked, i) => (i === index ? !checked : checked));
  expect(await checkedStates(where)).toEqual(expected);
}

describe('the value-add note form', () => {
  it('changes what each clicked label names, and only that, in the team store', async () => {
    const tag = `labels-${Date.now()}`;
    const context = await newContext();
    const page = await context.newPage();
    const pane = await openMeeting(page, SEED_SUBJECTS.workshop);
    const fileItemsBefore = await storeItems(demo, COMMS, 'HomeTurfFileItems');
    const clientsBefore = await storeItems(demo, COMMS, 'HomeTurfClients');
    const note = await openNote(pane);

    // About: each client's label ticks and unticks that client; the last is left off the note.
    const about = note.getByRole('region', { name: 'About' });
    const clients = await checkboxNames(about);
    expect(clients.length).toBeGreaterThan(2);
    for (const [i, name] of clients.entries()) {
      await clickLabel(about, name, i);
      await clickLabel(about, name, i);
    }
    const [kept, dropped] = [clients.slice(0, -1), clients.at(-1) ?? ''];
    await clickLabel(about, dropped, clients.length - 1);

    // Value offered: the kind's select.
    await note.getByRole('button', { name: 'Add value offered' }).click();
    await note.getByRole('textbox', { name: 'Value 1', exact: true }).fill(`${tag} rota FAQ draft`);
    await note.getByRole('combobox', { name: 'Kind of value 1' }).selectOption({ label: 'Insight' });

    // Follow-ups: each "Add to my To Do" label ticks its own row's box.
    const followUps = note.getByRole('region', { name: 'Follow-ups' });
    for (const n of [1, 2]) {
      await note.getByRole('button', { name: 'Add follow-up' }).click();
      await note.getByRole('textbox', { name: `Follow-up ${n}`, exact: true }).fill(`${tag} follow-up ${n}`);
    }
    await clickLabel(followUps, 'Add to my To Do', 0);
    const second = followUps.locator('label').getByText('Add to my To Do', { exact: true }).nth(1);
    await second.click();
    expect(await checkedStates(followUps)).toEqual([true, true]);
    await clickLabel(followUps, 'Add to my To Do', 0);
    await clickLabel(followUps, 'Add to my To Do', 0);
    // The second is the first kept client's to do: it leaves To Do.
    const owner = kept[0] ?? '';
    await note
      .getByRole('combobox', { name: 'Who owes follow-up 2' })
      .selectOption({ label: `${owner.split(' ')[0]} owes` });
    expect(await checkedStates(followUps)).toEqual([true]);

    // Priorities heard: a pressure, offered for each client's profile; one label confirms one.
    await note.getByRole('button', { name: 'Add priority heard' }).click();
    await note
      .getByRole('combobox', { name: 'Kind of priority heard 1' })
      .selectOption({ label: 'Pressure' });
    const pressure = `${tag} agency staff miss the rota briefings`;
    await note.getByRole('textbox', { name: 'Priority heard 1', exact: true }).fill(pressure);
    const heard = note.getByRole('region', { name: 'Priorities heard' });
    const offers = await checkboxNames(heard);
    expect(offers.length).toBeGreaterThan(1);
    const confirmedFor = offers.findIndex((label) => label.includes(`${kept[1] ?? ''}'s profile`));
    expect(confirmedFor).toBeGreaterThanOrEqual(0);
    await clickLabel(heard, offers[confirmedFor] ?? '', confirmedFor);

    // File updates: each item's label ticks that item; every other one is left unticked.
    const files = note.getByRole('region', { name: 'File updates' });
    const items = await checkboxNames(files);
    expect(items.length).toBeGreaterThan(1);
    for (const [i, title] of items.entries()) await clickLabel(files, title, i);
    for (const [i, title] of items.entries()) if (i % 2 === 1) await clickLabel(files, title, i);

    // Story lead and pulse: their labels.
    const lead = note.getByRole('region', { name: 'Story lead' });
    await lead.getByText('Something the PR team could tell', { exact: true }).click();
    await note.getByRole('textbox', { name: 'Story lead' }).fill(`${tag} depot huddles`);
    const pulses = new Map(kept.map((name, i) => [name, (i % 5) + 1]));
    for (const [name, score] of pulses) {
      const group = note.getByRole('radiogroup', { name: `How ${name.split(' ')[0]} seemed, 1 to 5` });
      await group.getByText(String(score), { exact: true }).click();
      expect(await checkedStates(group, 'radio')).toEqual([1, 2, 3, 4, 5, 0].map((n) => n === score));
    }

    await note.getByRole('button', { name: 'Save note' }).click();
    await pane.getByText('Saved for the team').waitFor();

    // One note per client kept, by Maya, with that client's pulse and follow-ups.
    const notes = await notesWith(demo, COMMS, tag);
    const byClient = new Map(notes.map((n) => [String(n.fields['ClientEmail']), n]));
    expect([...byClient.keys()].sort()).toEqual(kept.map((name) => upnOf(name)).sort());
    expect(notes).toHaveLength(kept.length);
    for (const [name, score] of pulses) {
      const stored = byClient.get(upnOf(name));
      expect(stored?.createdBy.user.email).toBe(MAYA);
      expect(stored?.fields['AuthorEmail']).toBe(MAYA);
      expect(stored?.fields['Pulse']).toBe(score);
      expect(JSON.parse(String(stored?.fields['ValueOffered']))).toEqual([
        { kind: 'insight', text: `${tag} rota FAQ draft` },
      ]);
      expect(stored?.fields['StoryLead']).toBe(`${tag} depot huddles`);
      const texts = (JSON.parse(String(stored?.fields['FollowUps'])) as { text: string }[]).map(
        (f) => f.text,
      );
      expect(texts).toEqual(
        name === owner ? [`${tag} follow-up 1`, `${tag} follow-up 2`] : [`${tag} follow-up 1`],
      );
    }

    // One To Do task, for the follow-up we owe.
    const tasks = (await todoTasks(demo, MAYA)).filter((t) => t.title.startsWith(tag));
    expect(tasks.map((t) => t.title)).toEqual([`${tag} follow-up 1`]);

    // The pressure reached the one profile confirmed.
    const clientsAfter = await storeItems(demo, COMMS, 'HomeTurfClients');
    const withPressure = clientsAfter.filter((c) => JSON.stringify(c.fields).includes(pressure));
    expect(withPressure.map((c) => c.fields['Title'])).toEqual([kept[1]]);
    expect(clientsAfter.filter((c) => !withPressure.includes(c)).map((c) => c.fields)).toEqual(
      clientsBefore.filter((c) => c.id !== withPressure[0]?.id).map((c) => c.fields),
    );

    // The ticked file items carry the workshop's date as their last update; no other item changed.
    const day = seededAppointment(NOW, SEED_SUBJECTS.workshop, MAYA).start.slice(0, 10);
    const ticked = items.filter((_, i) => i % 2 === 0);
    const fileItemsAfter = await storeItems(demo, COMMS, 'HomeTurfFileItems');
    for (const after of fileItemsAfter) {
      const before = fileItemsBefore.find((b) => b.id === after.id);
      if (ticked.includes(String(after.fields['Title'])))
        expect(after.fields['LastUpdateSent']).toBe(`${day}T00:00:00Z`);
      else expect(after.fields).toEqual(before?.fields);
    }
    expect(fileItemsAfter.filter((f) => ticked.includes(String(f.fields['Title'])))).toHaveLength(
      ticked.length,
    );
  });
});

describe('queued writes keep their person and their team', () => {
  it("keeps Maya's queued note from Daniel on a shared profile, and sends it as hers when she is back", async () => {
    const tag = `shared-${Date.now()}`;
    const profile = mkdtempSync(path.join(os.tmpdir(), 'home-turf-profile-'));
    try {
      // Maya writes a note while the store is down: it waits on this device.
      const maya = await onProfile(profile);
      await storeDown();
      const mayaPage = maya.pages()[0] ?? (await maya.newPage());
      const pane = await openMeeting(mayaPage, SEED_SUBJECTS.clientOneToOne);
      await saveNote(pane, `${tag} Maya's note`);
      await pane.getByText('Saved on this device, will sync').waitFor();
      // Closed once it has tried: a request on its way as the browser closes would still go.
      await sendingDone(mayaPage);
      await maya.close();
      await setFaults(demo, []);

      // Daniel signs in on the same browser profile and saves an article of his own: that send
      // takes everything on the device that is his, and nothing of Maya's.
      const daniel = await onProfile(profile);
      await signInAs(daniel, DANIEL);
      const tab = daniel.pages()[0] ?? (await daniel.newPage());
      await tab.goto(`${demo.url}/channel.html`);
      await tab.getByRole('button', { name: 'Article library' }).click();
      const drawer = tab.getByRole('dialog');
      await drawer.getByRole('button', { name: 'Add article' }).click();
      const article = drawer.getByRole('form', { name: 'Article' });
      await article.getByLabel('Link').fill(`https://example.com/${tag}`);
      await article.getByLabel('Title').fill(`${tag} Daniel's article`);
      await article.getByLabel('Summary').fill('Shift handovers that stick.');
      await article.getByLabel('Tags').fill('operations');
      await article.getByRole('button', { name: 'Save article' }).click();
      await drawer.getByText('Saved for the team').first().waitFor();
      await drawer.getByRole('button', { name: 'Close the panel' }).click();
      expect(await notesWith(demo, COMMS, tag)).toEqual([]);
      // Nothing of Maya's shows to Daniel: no change waiting, none to decide about at sign-out.
      expect(await waiting(tab).count()).toBe(0);
      await tab.getByRole('button', { name: 'Daniel Okafor: sign out of Home Turf' }).click();
      const signOut = tab.getByRole('region', { name: 'Sign out of Home Turf?' });
      expect(await signOut.innerText()).not.toContain('not reached the team store');
      expect(await signOut.innerText()).not.toContain(tag);
      await daniel.close();

      // Maya is back: her pane sends her note, under her name.
      const back = await onProfile(profile);
      const backPage = back.pages()[0] ?? (await back.newPage());
      await openAndSend(backPage);
      const notes = await notesWith(demo, COMMS, tag);
      expect(notes).toHaveLength(1);
      expect(notes[0]?.createdBy.user.email).toBe(MAYA);
      expect(notes[0]?.fields['AuthorEmail']).toBe(MAYA);
      const articles = (await storeItems(demo, COMMS, 'HomeTurfArticles')).filter((a) =>
        String(a.fields['Title']).startsWith(tag),
      );
      expect(articles.map((a) => a.createdBy.user.email)).toEqual([DANIEL]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("sends a note queued for the comms team to the comms team's store from a pane on another team's site", async () => {
    const tag = `site-${Date.now()}`;
    const context = await newContext();
    // Marketing Communications gets a team store of its own, from its channel tab.
    const setUp = await context.newPage();
    await setUp.goto(`${demo.url}/channel.html${pinnedTo(MARKETING)}`);
    await setUp.getByRole('button', { name: 'Set up Home Turf for this team' }).click();
    await setUp.getByText('Home Turf is set up for this team').waitFor({ timeout: 30_000 });
    await setUp.close();

    // A note on the 1:1 with Priya, for the comms team's store, while it is down.
    const first = await context.newPage();
    await storeDown();
    const pane = await openMeeting(first, SEED_SUBJECTS.clientOneToOne);
    await saveNote(pane, `${tag} for the comms team`);
    await pane.getByText('Saved on this device, will sync').waitFor();
    await sendingDone(first);
    await first.close();
    await setFaults(demo, []);

    // A pane on Marketing Communications' site sends what waits: to the comms team's store.
    const other = await context.newPage();
    const response = await openAndSend(other, pinnedTo(MARKETING));
    expect(new URL(response.url()).pathname).toContain(STORE_LIST_IDS.notes);
    const inComms = await notesWith(demo, COMMS, tag);
    expect(inComms).toHaveLength(1);
    expect(inComms[0]?.createdBy.user.email).toBe(MAYA);
    expect(await storeItems(demo, MARKETING, 'HomeTurfNotes')).toEqual([]);
  });
});

describe('To Do tasks and panes that come and go', () => {
  it('adds one To Do task when the pane closed during its POST, beside an older task of the same title', async () => {
    const tag = `todo-${Date.now()}`;
    const title = `${tag} send Priya the week-one draft`;
    await addTodoTask(demo, MAYA, title);
    const context = await newContext();
    // The POST reaches To Do, which adds the task; its answer never reaches the pane.
    let held: Route | undefined;
    let reached: () => void = () => undefined;
    const added = new Promise<void>((resolve) => (reached = resolve));
    await context.route(/\/me\/todo\/lists\/[^/]+\/tasks$/, async (route: Route) => {
      if (route.request().method() !== 'POST' || held !== undefined) return route.continue();
      await route.fetch();
      held = route;
      reached();
    });
    const first = await context.newPage();
    const pane = await openMeeting(first, SEED_SUBJECTS.clientOneToOne);
    await saveNote(pane, `${tag} note`, title);
    await added;
    // The pane closes as the connection drops, before any answer (let go of the request first:
    // Chromium would send a request still held by the test on by itself when its page closes).
    await Promise.all([held?.abort('connectionclosed'), first.close()]);

    // The pane opened again looks for the task by its key, finds it, and adds no other.
    const again = await context.newPage();
    const lookedUp = again.waitForResponse(
      (r) => r.request().method() === 'GET' && /\/me\/todo\/lists\/[^/]+\/tasks\?/.test(r.url()),
    );
    await again.goto(demo.url);
    expect((await lookedUp).ok()).toBe(true);
    const frame = again.frameLocator('iframe[title="Home Turf task pane"]');
    await frame.getByRole('region', { name: 'Agenda' }).waitFor();
    await waiting(frame).waitFor({ state: 'hidden' });
    const tasks = (await todoTasks(demo, MAYA)).filter((t) => t.title === title);
    expect(tasks).toHaveLength(2);
    expect(tasks.filter((t) => (t.linkedResources ?? []).length > 0)).toHaveLength(1);
    expect(await notesWith(demo, COMMS, tag)).toHaveLength(1);
  });

  it('sends each waiting write once when two panes start sending together', async () => {
    const tag = `panes-${Date.now()}`;
    const context = await newContext();
    // Written offline: the note, its file update and its To Do task wait on this device.
    const first = await context.newPage();
    const pane = await openMeeting(first, SEED_SUBJECTS.clientOneToOne);
    const note = await openNote(pane);
    await note.getByRole('button', { name: 'Add value offered' }).click();
    await note.getByRole('textbox', { name: 'Value 1', exact: true }).fill(`${tag} note`);
    await note.getByRole('button', { name: 'Add follow-up' }).click();
    await note.getByRole('textbox', { name: 'Follow-up 1', exact: true }).fill(`${tag} task`);
    await note.getByText('Add to my To Do', { exact: true }).click();
    const files = note.getByRole('region', { name: 'File updates' });
    const item = (await checkboxNames(files))[0] ?? '';
    await clickLabel(files, item, 0);
    await context.setOffline(true);
    await note.getByRole('button', { name: 'Save note' }).click();
    await pane.getByText('Saved on this device, will sync').waitFor();
    await sendingDone(first);
    await first.close();
    await context.setOffline(false);

    // Writes are recorded, and the first is held until both panes are up and waiting to send; a
    // note sent twice would be refused by the store (409).
    const writes: string[] = [];
    const refused: string[] = [];
    context.on('response', (response) => {
      if (response.status() === 409) refused.push(response.url());
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await context.route(WRITES, async (route) => {
      const request = route.request();
      if (request.method() === 'GET') return route.continue();
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
      if (writes.length === 1) await gate;
      return route.continue();
    });
    const [one, two] = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all([one.goto(demo.url), two.goto(demo.url)]);
    const panes = [one, two].map((p) => p.frameLocator('iframe[title="Home Turf task pane"]'));
    await Promise.all(panes.map((p) => p.getByRole('region', { name: 'Agenda' }).waitFor()));
    release();
    await deviceSent(one);
    await sendingDone(one);
    for (const p of panes) await waiting(p).waitFor({ state: 'hidden' });

    // No write went twice (a write can be sent before this context's record sees it, so the
    // record is an upper bound; the store below is the count).
    const sentTo = (kind: string) => writes.filter((w) => w.includes(kind)).length;
    expect(sentTo(STORE_LIST_IDS.notes)).toBeLessThanOrEqual(1);
    expect(sentTo(STORE_LIST_IDS.fileItems)).toBeLessThanOrEqual(1);
    expect(sentTo('/todo/')).toBeLessThanOrEqual(1);
    expect(refused).toEqual([]);
    expect(await notesWith(demo, COMMS, tag)).toHaveLength(1);
    expect((await todoTasks(demo, MAYA)).filter((t) => t.title === `${tag} task`)).toHaveLength(1);
    const day = seededAppointment(NOW, SEED_SUBJECTS.clientOneToOne, MAYA).start.slice(0, 10);
    const updated = (await storeItems(demo, COMMS, 'HomeTurfFileItems')).find(
      (f) => f.fields['Title'] === item,
    );
    expect(updated?.fields['LastUpdateSent']).toBe(`${day}T00:00:00Z`);
  });
});

describe('saving never waits on the network', () => {
  it('saves at once while a POST hangs, and sends when the hang ends or after the time limit', async () => {
    const tag = `hang-${Date.now()}`;
    const context = await newContext('running');
    const held: Route[] = [];
    let arrived: () => void = () => undefined;
    let answerLost = false;
    await context.route(/\/lists\/[^/]+\/items$/, async (route) => {
      if (route.request().method() !== 'POST' || held.length >= 2) return route.continue();
      // The second hang reaches the store, which saves it; only the answer never comes.
      if (answerLost) await route.fetch();
      held.push(route);
      arrived();
    });
    const page = await context.newPage();
    const pane = await openMeeting(page, SEED_SUBJECTS.clientOneToOne);
    const card = pane.getByRole('region', { name: 'Prep card' });

    // A POST that hangs: the note is saved on this device at once, and the pane stays usable.
    let hung = new Promise<void>((resolve) => (arrived = resolve));
    await saveNote(pane, `${tag} one`);
    await pane.getByText('Saved on this device, will sync').waitFor();
    await hung;
    expect(await pane.getByRole('button', { name: 'Add another value-add note' }).isEnabled()).toBe(true);
    await card.getByRole('button', { name: 'Send now' }).click();
    await held[0]?.continue();
    await pane.getByText('Saved for the team').waitFor();

    // A POST whose answer hangs: after the time limit the pane says so, and Send now sends it
    // again, which the store recognises as the same note.
    answerLost = true;
    hung = new Promise<void>((resolve) => (arrived = resolve));
    await saveNote(pane, `${tag} two`);
    await pane.getByText('Saved on this device, will sync').waitFor();
    await hung;
    await context.clock.fastForward(31_000);
    await pane.getByText(/Last try: Microsoft 365 did not answer in time/).waitFor();
    // The pane gave up on that request: nothing sends it on.
    await held[1]?.abort().catch(() => undefined);
    await card.getByRole('button', { name: 'Send now' }).click();
    await pane.getByText('Saved for the team').waitFor();

    const notes = await notesWith(demo, COMMS, tag);
    expect(notes.map((n) => n.fields['ValueOffered']).sort()).toEqual([
      JSON.stringify([{ kind: 'idea', text: `${tag} one` }]),
      JSON.stringify([{ kind: 'idea', text: `${tag} two` }]),
    ]);
  });

  it('saves after the browser closed the IndexedDB connection under the pane, and loses nothing', async () => {
    const tag = `idb-${Date.now()}`;
    const context = await newContext();
    const page = await context.newPage();
    const pane = await openMeeting(page, SEED_SUBJECTS.clientOneToOne);
    await saveNote(pane, `${tag} before`);
    await pane.getByText('Saved for the team').waitFor();

    // The browser clears the origin's IndexedDB, closing the pane's connection to it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: demo.url, storageTypes: 'indexeddb' });
    // The store is down too: the next note must be kept on this device to be kept at all.
    await storeDown();
    await saveNote(pane, `${tag} after`);
    await pane.getByText('Saved on this device, will sync').waitFor();
    expect(await pane.getByText('could not be kept on this device').count()).toBe(0);
    await sendingDone(page);
    await page.close();
    await setFaults(demo, []);

    // The pane opened again finds the note on this device and sends it.
    const again = await context.newPage();
    await openAndSend(again);
    expect(await notesWith(demo, COMMS, `${tag} before`)).toHaveLength(1);
    expect(await notesWith(demo, COMMS, `${tag} after`)).toHaveLength(1);
  });

  it('keeps a note Microsoft 365 throttles for an hour, says when it will go, and sends it then, once', async () => {
    const tag = `throttled-${Date.now()}`;
    const context = await newContext('running');
    const page = await context.newPage();
    const pane = await openMeeting(page, SEED_SUBJECTS.clientOneToOne);
    // The store answers the note's POST with 429 and Retry-After: 3600, once.
    await setFaults(demo, [
      { method: 'POST', path: `${STORE_LIST_IDS.notes}/items`, status: 429, retryAfter: 3600 },
    ]);
    await saveNote(pane, `${tag} note`);
    const card = pane.getByRole('region', { name: 'Prep card' });
    const held = card.getByText(/Microsoft 365 is busy; will send at 10:00/);
    await held.waitFor();
    expect(await pane.getByRole('button', { name: 'Send now' }).count()).toBe(0);
    expect(await pane.getByRole('button', { name: 'Add another value-add note' }).isEnabled()).toBe(true);

    // A pane opened again keeps it until then too: it says when, and sends nothing.
    await page.reload();
    const again = page.frameLocator('iframe[title="Home Turf task pane"]');
    await again
      .getByText(/will send at 10:00/)
      .first()
      .waitFor();
    await sendingDone(page);
    expect(await notesWith(demo, COMMS, tag)).toEqual([]);

    // An hour on, the pane's next round sends it.
    const sent = page.waitForResponse(isCreated);
    await context.clock.fastForward(3600_000 + 15_000);
    await sent;
    await again
      .getByText(/will send at/)
      .first()
      .waitFor({ state: 'hidden' });
    const notes = await notesWith(demo, COMMS, tag);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.createdBy.user.email).toBe(MAYA);
  });
});
