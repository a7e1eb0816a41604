/**
 * @jest-environment jest-fixed-jsdom
 */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { ArticleLibrary } from '../../../src/features/article-library';
import { CampaignEditor, CampaignList } from '../../../src/features/campaigns';
import { ClientProfileEditor } from '../../../src/features/client-profile';
import { readOutbox, resetLocalDb } from '../../../src/features/local-db';
import type { Session } from '../../../src/features/session';
import { createOutbox } from '../../../src/features/outbox/outbox';
import { getAllListItems } from '../../../src/graph/store/get-all-items';
import { findListItem } from '../../../src/graph/store/list-item-writes';
import { mapItems, toArticle, toCampaign, toClientProfile } from '../../../src/graph/store/map-store';
import type { StoreListKey, StoreSite } from '../../../src/graph/store/store-lists';
import { SEED_CLIENT_WITHOUT_PROFILE, STORE_LIST_IDS } from '../../../src/sandbox/seed';
import { renderInSession, startPaneHarness, type PaneHarness } from './support';

let h: PaneHarness;
let session: Session;
let site: StoreSite;

beforeAll(async () => {
  h = await startPaneHarness();
  if (h.session.store === null) throw new Error('The seeded demo has a team store.');
  site = h.session.store;
  session = {
    ...h.session,
    outbox: createOutbox({
      graph: h.session.graph,
      site,
      user: h.session.me,
      timeZone: h.session.host.timeZone,
      intervalMs: 3_600_000,
    }),
  };
});
afterEach(() => h.faults({}));
afterAll(async () => {
  session.outbox?.dispose();
  await h.close();
});

const user = () => userEvent.setup();

/** What the team store holds in a list now: the truth the tests check. */
async function stored(list: StoreListKey) {
  return getAllListItems(session.graph, site, list);
}

/** A date input set as a date picker sets it. */
function pickDate(input: HTMLElement, day: string) {
  fireEvent.change(input, { target: { value: day } });
}

describe('the client profile editor', () => {
  it('adds a client picked from the directory, with an owner and a dated priority', async () => {
    const u = user();
    renderInSession(<ClientProfileEditor />, session);
    const form = await screen.findByRole('form', { name: 'Client profile' });
    await u.type(within(form).getByRole('combobox', { name: /^Client/ }), 'Owen');
    await u.click(await screen.findByRole('option', { name: /Owen Price/ }));
    expect(within(form).getByText('Owen Price')).toBeInTheDocument();

    await u.selectOptions(
      within(form).getByRole('combobox', { name: /Relationship owner/ }),
      'Daniel Okafor',
    );
    await u.click(within(form).getByRole('button', { name: 'Add priority' }));
    await u.type(within(form).getByRole('textbox', { name: 'Priority 1' }), 'Service desk relaunch');
    pickDate(within(form).getByLabelText('Priority 1 due'), '2026-12-12');
    await u.click(within(form).getByRole('button', { name: 'Add KPI' }));
    await u.type(within(form).getByRole('textbox', { name: 'KPI 1' }), 'First-call resolution');
    await u.click(within(form).getByRole('checkbox', { name: 'KPI 1 shared with the comms team' }));
    await u.click(within(form).getByRole('button', { name: 'Add work' }));
    await u.type(within(form).getByRole('textbox', { name: 'Work 1' }), 'Service desk relaunch story');
    await u.click(within(form).getByRole('button', { name: 'Save client' }));

    expect(await screen.findByText('Saved for the team')).toBeInTheDocument();
    const item = await findListItem(
      session.graph,
      site,
      'clients',
      'ClientEmail',
      SEED_CLIENT_WITHOUT_PROFILE,
    );
    const profile = item === null ? null : toClientProfile(item);
    expect(profile).toMatchObject({
      displayName: 'Owen Price',
      department: 'IT',
      ownerEmail: 'daniel.okafor@northwind.example',
      priorities: [{ text: 'Service desk relaunch', due: '2026-12-12' }],
      evaluatedOn: ['First-call resolution'],
      sharedKpis: ['First-call resolution'],
    });
    const work = (await stored('fileItems')).filter(
      (i) => i.fields['ClientEmail'] === SEED_CLIENT_WITHOUT_PROFILE,
    );
    expect(work.map((i) => [i.fields['Title'], i.fields['Status'], typeof i.fields['ItemKey']])).toEqual([
      ['Service desk relaunch story', 'Not started', 'string'],
    ]);
  });

  it('says so when the person picked already has a profile, and opens theirs to edit', async () => {
    const u = user();
    renderInSession(<ClientProfileEditor />, session);
    const form = await screen.findByRole('form', { name: 'Client profile' });
    await u.type(within(form).getByRole('combobox', { name: /^Client/ }), 'Priya');
    await u.click(await screen.findByRole('option', { name: /Priya Shah/ }));
    expect(await within(form).findByText('Priya Shah already has a profile.')).toBeInTheDocument();
    await u.click(within(form).getByRole('button', { name: "Edit Priya Shah's profile" }));

    const editing = await screen.findByRole('form', { name: 'Client profile' });
    expect(within(editing).getByRole('heading', { name: "Priya Shah's profile" })).toBeInTheDocument();
    const before = (await stored('fileItems')).filter(
      (i) => i.fields['ClientEmail'] === 'priya.shah@northwind.example',
    );
    await u.click(within(editing).getByRole('button', { name: 'Mark work 1 done' }));
    await u.click(within(editing).getByRole('button', { name: 'Save client' }));
    expect(await screen.findByText('Saved for the team')).toBeInTheDocument();
    const after = (await stored('fileItems')).find((i) => i.id === before[0]?.id);
    expect(after?.fields['Status']).toBe('Done');
  });
});

describe('the article library', () => {
  it('refuses a link that is not https, with the message under the field, and saves nothing', async () => {
    const u = user();
    renderInSession(<ArticleLibrary />, session);
    await u.click(await screen.findByRole('button', { name: 'Add article' }));
    const form = screen.getByRole('form', { name: 'Article' });
    const link = within(form).getByRole('textbox', { name: /^Link/ });
    await u.type(link, 'not a link');
    await u.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Never saved');
    await u.click(within(form).getByRole('button', { name: 'Save article' }));
    expect(await within(form).findByText('Enter the full link, starting with https://.')).toBeInTheDocument();

    await u.clear(link);
    await u.type(link, 'http://intranet.example/story');
    await u.click(within(form).getByRole('button', { name: 'Save article' }));
    expect(
      await within(form).findByText('Only secure links can be saved: use the https:// address.'),
    ).toBeInTheDocument();
    expect(link).toHaveValue('http://intranet.example/story');
    expect(session.outbox?.entries().filter((e) => e.label.includes('Never saved'))).toEqual([]);
    const titles = mapItems(await stored('articles'), toArticle).records.map((a) => a.title);
    expect(titles).not.toContain('Never saved');
  });

  it('adds an article the list then shows, and retires it from the active list', async () => {
    const u = user();
    renderInSession(<ArticleLibrary />, session);
    await u.click(await screen.findByRole('button', { name: 'Add article' }));
    const form = screen.getByRole('form', { name: 'Article' });
    await u.type(within(form).getByRole('textbox', { name: /^Link/ }), 'https://hbr.example/buddy-schemes');
    await u.type(within(form).getByRole('textbox', { name: /^Title/ }), 'Why buddy schemes work');
    await u.type(within(form).getByRole('textbox', { name: /^Tags/ }), 'Onboarding, Buddy Schemes');
    await u.type(within(form).getByRole('textbox', { name: /^Source/ }), 'Harvard Business Review');
    expect(within(form).getByLabelText(/^Published/)).toHaveValue('2026-11-24');
    await u.click(within(form).getByRole('button', { name: 'Save article' }));
    expect(await screen.findByText('Saved for the team')).toBeInTheDocument();

    // The table holds the whole library: queries go by text to its row, then by role within it
    // (role queries over every row recompute each element's styles and name on every poll).
    const table = screen.getByRole('table', { name: 'Articles' });
    const row = (await within(table).findByText('Why buddy schemes work')).closest('tr');
    if (row === null) throw new Error('The article is not in a row of the table.');
    expect(within(row).getByRole('link', { name: 'Why buddy schemes work' })).toBeInTheDocument();
    const saved = mapItems(await stored('articles'), toArticle).records.find(
      (a) => a.title === 'Why buddy schemes work',
    );
    expect(saved).toMatchObject({
      tags: ['onboarding', 'buddy schemes'],
      published: '2026-11-24',
      retired: false,
    });

    // Shown at once; Edit and Retire come once the library is read again with the store's id.
    const retire = await within(table).findByLabelText('Retire "Why buddy schemes work"');
    expect(retire.tagName).toBe('BUTTON');
    await u.click(retire);
    expect(await screen.findByText(/is retired: prep cards no longer suggest it/)).toBeInTheDocument();
    expect(within(table).queryByText('Why buddy schemes work')).not.toBeInTheDocument();
    const retired = mapItems(await stored('articles'), toArticle).records.find((a) => a.id === saved?.id);
    expect(retired?.retired).toBe(true);
  });
});

describe('the campaigns editor', () => {
  async function fill(form: HTMLElement, name: string, signOff: string, goLive: string) {
    const u = user();
    await u.type(within(form).getByRole('textbox', { name: /^Name/ }), name);
    await u.selectOptions(await within(form).findByRole('combobox', { name: /Owner department/ }), 'HR');
    await u.click(within(form).getByRole('checkbox', { name: 'Operations' }));
    pickDate(within(form).getByLabelText(/^Sign-off/), signOff);
    pickDate(within(form).getByLabelText(/^Go-live/), goLive);
  }

  it('refuses a sign-off after go-live, then saves once it is before', async () => {
    const u = user();
    renderInSession(<CampaignList />, session);
    await u.click(await screen.findByRole('button', { name: 'Add campaign' }));
    const form = screen.getByRole('form', { name: 'Campaign' });
    await screen.findByRole('option', { name: 'Operations' });
    await fill(form, 'Depot safety week', '2026-12-10', '2026-12-07');
    await u.click(within(form).getByRole('button', { name: 'Save campaign' }));
    expect(
      await within(form).findByText('Sign-off must be on or before the go-live date.'),
    ).toBeInTheDocument();

    pickDate(within(form).getByLabelText(/^Sign-off/), '2026-12-01');
    await u.click(within(form).getByRole('button', { name: 'Save campaign' }));
    expect(await screen.findByText('Saved for the team')).toBeInTheDocument();
    const saved = mapItems(await stored('campaigns'), toCampaign).records.find(
      (c) => c.name === 'Depot safety week',
    );
    expect(saved).toMatchObject({
      ownerDepartment: 'HR',
      audiences: ['Operations'],
      signOff: '2026-12-01',
      goLive: '2026-12-07',
      status: 'Planned',
    });
    const table = screen.getByRole('table', { name: 'Campaigns by go-live' });
    expect(within(table).getByText('Depot safety week')).toBeInTheDocument();
  });

  it('on a 503 keeps it on this device and says so; Send now saves it, nothing typed lost', async () => {
    const u = user();
    await h.faults({ rules: [{ method: 'POST', path: STORE_LIST_IDS.campaigns, status: 503, times: 50 }] });
    renderInSession(<CampaignEditor />, session);
    const form = await screen.findByRole('form', { name: 'Campaign' });
    await screen.findByRole('option', { name: 'Operations' });
    await fill(form, 'Winter wellbeing', '2026-12-02', '2026-12-14');
    await u.click(within(form).getByRole('button', { name: 'Save campaign' }));
    expect(await screen.findByText('Saved on this device, will sync')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveValue('Winter wellbeing');
    expect(mapItems(await stored('campaigns'), toCampaign).records.map((c) => c.name)).not.toContain(
      'Winter wellbeing',
    );

    await h.faults({});
    await u.click(screen.getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('Saved for the team')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveValue('Winter wellbeing');
    expect(within(form).getByLabelText(/^Go-live/)).toHaveValue('2026-12-14');
    expect(within(form).getByRole('checkbox', { name: 'Operations' })).toBeChecked();
    const saved = mapItems(await stored('campaigns'), toCampaign).records.filter(
      (c) => c.name === 'Winter wellbeing',
    );
    expect(saved).toHaveLength(1);
  });

  it("where this device's storage cannot be had, says the save was not kept and keeps what was typed", async () => {
    const u = user();
    renderInSession(<CampaignEditor />, session);
    const form = await screen.findByRole('form', { name: 'Campaign' });
    await screen.findByRole('option', { name: 'Operations' });
    await fill(form, 'Spring town hall', '2027-03-01', '2027-03-12');
    // A newer Home Turf in another window upgrades the database: this pane cannot open it again.
    await readOutbox();
    (await openDB('home-turf', 99)).close();
    try {
      await u.click(within(form).getByRole('button', { name: 'Save campaign' }));
      expect(
        await within(form).findByText(
          "The campaign could not be kept on this device: this device's storage was closed (by the browser, or by a newer Home Turf in another window) and could not be opened again. What you typed is still in the form.",
        ),
      ).toBeInTheDocument();
      expect(within(form).getByRole('textbox', { name: /^Name/ })).toHaveValue('Spring town hall');
      expect(within(form).getByLabelText(/^Go-live/)).toHaveValue('2027-03-12');
      expect(screen.queryByText(/Saved on this device|Saved for the team/)).not.toBeInTheDocument();
      expect(mapItems(await stored('campaigns'), toCampaign).records.map((c) => c.name)).not.toContain(
        'Spring town hall',
      );
    } finally {
      // A fresh device for whatever runs next.
      globalThis.indexedDB = new IDBFactory();
      resetLocalDb();
    }
  });
});
