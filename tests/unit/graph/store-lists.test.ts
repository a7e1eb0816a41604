import { splitSiteAddress } from '../../../src/graph/store/get-store-site';
import {
  StoreListMissingError,
  anyOf,
  listItemsRequest,
  readListItems,
  type StoreListKey,
  type StoreSite,
} from '../../../src/graph/store/store-lists';

/** Each list's id: distinct, and none of them the list's name. */
const LIST_IDS: Record<StoreListKey, string> = {
  clients: '6f0c2a1e-1111-4c8e-9a6b-000000000001',
  fileItems: '6f0c2a1e-1111-4c8e-9a6b-000000000002',
  notes: '6f0c2a1e-1111-4c8e-9a6b-000000000003',
  articles: '6f0c2a1e-1111-4c8e-9a6b-000000000004',
  campaigns: '6f0c2a1e-1111-4c8e-9a6b-000000000005',
};

const site: StoreSite = {
  id: 'northwind.sharepoint.com,2c5e1d4a-8f0b-4a55-9d3e-6b1f0c7a9e21,8f1b3c2d-71e4-4c8a-b0f5-3e9d2a6c4b17',
  lists: LIST_IDS,
};

/** The query of a batch member's relative URL, decoded. */
function query(url: string): URLSearchParams {
  return new URL(url, 'https://graph.example/v1.0').searchParams;
}

describe('anyOf', () => {
  it.each([
    {
      values: ['priya.shah@northwind.example'],
      filter: "fields/ClientEmail eq 'priya.shah@northwind.example'",
    },
    {
      values: ['priya.shah@northwind.example', "liam.o'brien@northwind.example"],
      filter:
        "fields/ClientEmail eq 'priya.shah@northwind.example' or fields/ClientEmail eq 'liam.o''brien@northwind.example'",
    },
    {
      values: ["o''neill@northwind.example"],
      filter: "fields/ClientEmail eq 'o''''neill@northwind.example'",
    },
    { values: [], filter: '' },
  ])('for $values is $filter', ({ values, filter }) => {
    expect(anyOf('ClientEmail', values)).toBe(filter);
  });
});

describe('listItemsRequest', () => {
  it('reads a list with its fields, the site id encoded in the path', () => {
    expect(listItemsRequest('clients', site, 'clients')).toEqual({
      id: 'clients',
      method: 'GET',
      url:
        '/sites/northwind.sharepoint.com%2C2c5e1d4a-8f0b-4a55-9d3e-6b1f0c7a9e21%2C8f1b3c2d-71e4-4c8a-b0f5-3e9d2a6c4b17' +
        `/lists/${LIST_IDS.clients}/items?$expand=fields`,
    });
  });

  it.each(Object.entries(LIST_IDS) as [StoreListKey, string][])(
    'reads the %s list by its id %s, never by its title',
    (key, id) => {
      const { pathname } = new URL(listItemsRequest('r', site, key).url, 'https://graph.example');
      expect(pathname.endsWith(`/lists/${id}/items`)).toBe(true);
    },
  );

  it('refuses to address a list the site does not have, naming it', () => {
    const { notes: _notes, ...others } = LIST_IDS;
    expect(() => listItemsRequest('r', { ...site, lists: others }, 'notes')).toThrow(StoreListMissingError);
    expect(() => listItemsRequest('r', { ...site, lists: others }, 'notes')).toThrow(
      'The team site has no HomeTurfNotes list.',
    );
  });

  it('passes the filter encoded and the page size', () => {
    const filter = anyOf('ClientEmail', ["liam.o'brien@northwind.example", 'priya.shah@northwind.example']);
    const { url } = listItemsRequest('notes', site, 'notes', { filter, top: 50 });
    expect(url).not.toContain(' ');
    const params = query(url);
    expect(params.get('$expand')).toBe('fields');
    expect(params.get('$filter')).toBe(filter);
    expect(params.get('$top')).toBe('50');
  });

  it('keeps an ampersand in a filter value inside the filter', () => {
    const filter = anyOf('Department', ['People & HR']);
    const params = query(listItemsRequest('clients', site, 'clients', { filter }).url);
    expect(params.get('$filter')).toBe("fields/Department eq 'People & HR'");
    expect([...params.keys()]).toEqual(['$expand', '$filter']);
  });

  it.each([
    { options: {}, keys: ['$expand'] },
    { options: { top: 200 }, keys: ['$expand', '$top'] },
    { options: { filter: 'fields/Retired eq 0' }, keys: ['$expand', '$filter'] },
  ])('with $options asks for $keys', ({ options, keys }) => {
    expect([...query(listItemsRequest('a', site, 'articles', options).url).keys()]).toEqual(keys);
  });
});

describe('readListItems', () => {
  it('reads items with their fields and etag, from the item or else from its fields', () => {
    const page = readListItems({
      value: [
        { id: '1', '@odata.etag': '"one,1"', fields: { Title: 'Priya Shah', '@odata.etag': '"stale,0"' } },
        { id: '2', fields: { Title: 'Grace Liu', '@odata.etag': '"two,4"' } },
        { id: '3', fields: { Title: 'Raj Patel' } },
        { id: '4' },
      ],
    });
    expect(page).toEqual({
      items: [
        { id: '1', etag: '"one,1"', fields: { Title: 'Priya Shah', '@odata.etag': '"stale,0"' } },
        { id: '2', etag: '"two,4"', fields: { Title: 'Grace Liu', '@odata.etag': '"two,4"' } },
        { id: '3', fields: { Title: 'Raj Patel' } },
        { id: '4', fields: {} },
      ],
    });
  });

  it.each([
    { what: 'a next page', next: 'https://graph.microsoft.com/v1.0/sites/x/lists/y/items?$skiptoken=abc' },
    { what: 'no next page', next: undefined },
  ])('gives the link to the next page when there is $what', ({ next }) => {
    const body = next === undefined ? { value: [] } : { value: [], '@odata.nextLink': next };
    const page = readListItems(body);
    expect(page.nextLink).toBe(next);
    expect('nextLink' in page).toBe(next !== undefined);
  });

  it.each([
    { what: 'not a page', body: { items: [] } },
    { what: 'an item without id', body: { value: [{ fields: {} }] } },
    { what: 'nothing', body: null },
  ])('refuses $what', ({ body }) => {
    expect(() => readListItems(body)).toThrow();
  });
});

describe('splitSiteAddress', () => {
  it.each([
    {
      address: 'northwind.sharepoint.com:/sites/comms',
      host: 'northwind.sharepoint.com',
      path: '/sites/comms',
    },
    {
      address: 'northwind.sharepoint.com:/sites/comms/',
      host: 'northwind.sharepoint.com',
      path: '/sites/comms',
    },
    {
      address: 'https://northwind.sharepoint.com/sites/comms/',
      host: 'northwind.sharepoint.com',
      path: '/sites/comms',
    },
    {
      address: '  https://northwind.sharepoint.com/sites/comms ',
      host: 'northwind.sharepoint.com',
      path: '/sites/comms',
    },
    {
      address: 'HTTPS://northwind.sharepoint.com/sites/comms',
      host: 'northwind.sharepoint.com',
      path: '/sites/comms',
    },
    { address: 'https://northwind.sharepoint.com', host: 'northwind.sharepoint.com', path: '/' },
    { address: 'northwind.sharepoint.com:/', host: 'northwind.sharepoint.com', path: '/' },
  ])('reads $address as $host and $path', ({ address, host, path }) => {
    expect(splitSiteAddress(address)).toEqual([host, path]);
  });

  it.each([
    'comms',
    '',
    'northwind.sharepoint.com/sites/comms',
    'http://northwind.sharepoint.com/sites/comms',
    'https://',
    ':/sites/comms',
  ])('says "%s" is not a SharePoint address', (address) => {
    expect(() => splitSiteAddress(address)).toThrow(
      `The team site "${address}" is not a SharePoint address; expected e.g. contoso.sharepoint.com:/sites/comms.`,
    );
  });
});
