import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import type { TenantServer } from '../../src/sandbox/server';
import { SEED_SUBJECTS } from '../../src/sandbox/seed';
import { upnOf } from '../../src/sandbox/seed/directory';
import { launchChromium, realErrors, startDemo, watchForErrors } from './chromium';
import { seededAppointment } from './production-harness';
import { MAYA, notesWith, storeItems, todoTasks } from './store-reads';

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
  expect(realErrors(errors.splice(0).flat())).toEqual([]);
});

/** A browser context of its own (its own device storage), at NOW, whose pages' errors are watched. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.clock.setFixedTime(NOW);
  context.on('page', (page) => errors.push(watchForErrors(page)));
  contexts.push(context);
  return context;
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
