import type { SpecList, SpecSite } from '../../../src/sandbox/tenant-spec';
import {
  PEOPLE,
  startHarness,
  TEST_SITE,
  testTenant,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

/** Sites and lists the SharePoint tests share, and a fixture that serves one for a whole file. */

/** A list of `count` generated items: `Code` (indexed, `C00001`…) and `Status` (not indexed). */
export function generatedList(name: string, count: number): SpecList {
  return {
    name,
    columns: [
      { name: 'Code', type: 'text', indexed: true },
      { name: 'Status', type: 'text' },
    ],
    items: Array.from({ length: count }, (_, index) => ({
      fields: {
        Title: `Item ${index + 1}`,
        Code: `C${String(index + 1).padStart(5, '0')}`,
        Status: index % 2 === 0 ? 'Open' : 'Closed',
      },
    })),
  };
}

/** Shape of the list item fields tests read. */
export type ListItemJson = {
  '@odata.etag': string;
  eTag: string;
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  webUrl: string;
  createdBy: { user: { displayName: string; email: string } };
  fields?: Record<string, unknown>;
};

/**
 * The client list's title, as Graph addresses it (`lists/{list-title}`, URL-encoded). Its internal
 * name, `Clients`, is not its title, so Graph does not find it by that name.
 */
export const CLIENTS_TITLE = 'Home%20Turf%20clients';

/** A site with a small client list (indexed and plain columns) and two generated lists at the threshold. */
export const CLIENTS_SITE: SpecSite = {
  ...TEST_SITE,
  displayName: 'Communications',
  description: 'The comms team',
  lists: [
    {
      name: 'Clients',
      displayName: 'Home Turf clients',
      columns: [
        { name: 'ClientEmail', type: 'text', unique: true },
        { name: 'Department', type: 'text', indexed: true },
        { name: 'Background', type: 'note' },
        { name: 'Pulse', type: 'number' },
        { name: 'Retired', type: 'boolean', indexed: true },
        { name: 'MeetingDate', type: 'dateTime', indexed: true },
      ],
      items: [
        {
          fields: {
            Title: 'Ben Ode',
            ClientEmail: PEOPLE.ben,
            Department: 'HR',
            Background: 'Likes data.',
            Pulse: 4,
            Retired: false,
            MeetingDate: '2026-11-20T10:00:00Z',
          },
          createdBy: PEOPLE.ben,
        },
        {
          fields: {
            Title: "Cleo O'Brien",
            ClientEmail: PEOPLE.cleo,
            Department: 'Finance',
            Pulse: 2,
            Retired: false,
            MeetingDate: '2026-11-24',
          },
        },
        { fields: { Title: 'Dev Rao', ClientEmail: PEOPLE.dev, Department: 'IT', Retired: true } },
        {
          fields: {
            Title: 'Old Client',
            ClientEmail: 'old@contoso.example',
            Department: 'HR',
            Retired: true,
            MeetingDate: '2026-10-01T09:00:00Z',
          },
        },
      ],
    },
    generatedList('Big', 5001),
    generatedList('AtThreshold', 5000),
  ],
};

/** A site with a Notes list: a column of each type (one unique, two indexed) and three items. */
export const NOTES_SITE: SpecSite = {
  ...TEST_SITE,
  displayName: 'Communications',
  lists: [
    {
      name: 'Notes',
      columns: [
        { name: 'NoteId', type: 'text', unique: true },
        { name: 'ClientEmail', type: 'text', indexed: true },
        { name: 'FollowUps', type: 'note' },
        { name: 'Pulse', type: 'number' },
        { name: 'MeetingDate', type: 'dateTime', indexed: true },
        { name: 'Done', type: 'boolean' },
      ],
      items: [
        { fields: { Title: 'Kick-off', NoteId: 'n-1', ClientEmail: PEOPLE.ben, Pulse: 3 } },
        { fields: { Title: 'Budget', NoteId: 'n-2', ClientEmail: PEOPLE.cleo } },
        { fields: { Title: 'Old', NoteId: 'n-3', ClientEmail: PEOPLE.dev } },
      ],
    },
  ],
};

/** A harness on a test tenant holding `site`, started before the file's tests and closed after. */
export type SiteFixture = {
  readonly harness: Harness;
  /** The site's id, as Graph gives it. */
  readonly siteId: string;
  /** GET a list's items with a raw query string. */
  items: (
    list: string,
    query: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: Page<ListItemJson> & GraphErrorBody; headers: Headers }>;
};

/** Registers beforeAll/afterAll that run a memory-only server on a test tenant with `site`. */
export function siteFixture(site: SpecSite): SiteFixture {
  let started: { harness: Harness; siteId: string } | undefined;
  const get = (): { harness: Harness; siteId: string } => {
    if (!started) throw new Error('The site fixture is used before its beforeAll ran.');
    return started;
  };
  beforeAll(async () => {
    const harness = await startHarness({ tenant: testTenant({ sites: [site] }) });
    const { body } = await harness.graphJson<{ id: string }>(`/sites/${site.hostname}:${site.path}`);
    started = { harness, siteId: body.id };
  });
  afterAll(() => started?.harness.server.close());
  return {
    get harness() {
      return get().harness;
    },
    get siteId() {
      return get().siteId;
    },
    items: (list, query, headers = {}) =>
      get().harness.graphJson(`/sites/${get().siteId}/lists/${list}/items?${query}`, { headers }),
  };
}

/** The ids of a page's items, in order. */
export function pageIds(page: Page<ListItemJson>): string[] {
  return page.value.map((item) => item.id);
}
