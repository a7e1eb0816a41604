import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_LISTS, type StoreListKey } from '../../../src/graph/store/store-lists';
import {
  STORE_LIST_ORDER,
  STORE_SCHEMA,
  createListBody,
  toColumnDefinition,
  type StoreColumn,
} from '../../../src/graph/store/store-schema';
import { STORE_COLUMNS } from '../../../src/sandbox/seed/store-columns';

/** The column tables of docs/team-store.md, by list name: the contract the schema must match. */
function documentedColumns(): Map<string, StoreColumn[]> {
  const doc = readFileSync(join(__dirname, '../../../docs/team-store.md'), 'utf8');
  const lists = new Map<string, StoreColumn[]>();
  let current: StoreColumn[] | undefined;
  for (const line of doc.split('\n')) {
    const heading = /^## (HomeTurf\w+)/.exec(line);
    if (heading) {
      current = [];
      lists.set(heading[1]!, current);
      continue;
    }
    if (line.startsWith('## ')) current = undefined;
    const row = /^\| (\w+)\s*\| (\w+)\s*\| ([^|]*?)\s*\|/.exec(line);
    if (current === undefined || row === null || row[1] === 'column' || row[1] === 'Title') continue;
    current.push({
      name: row[1]!,
      type: row[2] as StoreColumn['type'],
      indexed: row[3]!.startsWith('yes'),
      unique: row[3] === 'yes (unique)',
    });
  }
  return lists;
}

describe('the store schema', () => {
  it('has exactly the lists and columns docs/team-store.md gives, in its order', () => {
    const documented = documentedColumns();
    expect([...documented.keys()]).toEqual(STORE_LIST_ORDER.map((key) => STORE_LISTS[key]));
    for (const key of STORE_LIST_ORDER) {
      expect(STORE_SCHEMA[key].key).toBe(key);
      expect(STORE_SCHEMA[key].name).toBe(STORE_LISTS[key]);
      expect(STORE_SCHEMA[key].columns).toEqual(documented.get(STORE_LISTS[key]));
    }
  });

  it('agrees with the demo tenant’s seeded lists', () => {
    for (const key of STORE_LIST_ORDER) {
      const seeded = STORE_COLUMNS[STORE_LISTS[key]].map((c) => ({
        name: c.name,
        type: c.type,
        indexed: (c.indexed ?? false) || (c.unique ?? false),
        unique: c.unique ?? false,
      }));
      expect(STORE_SCHEMA[key].columns).toEqual(seeded);
    }
  });

  it('never indexes a multi-line column (SharePoint cannot)', () => {
    const notes = STORE_LIST_ORDER.flatMap((key) => STORE_SCHEMA[key].columns).filter(
      (c) => c.type === 'note',
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((c) => !c.indexed && !c.unique)).toBe(true);
  });
});

describe('toColumnDefinition', () => {
  it.each<{ column: StoreColumn; definition: unknown }>([
    {
      column: { name: 'Source', type: 'text', indexed: false, unique: false },
      definition: { name: 'Source', text: { allowMultipleLines: false } },
    },
    {
      column: { name: 'Status', type: 'text', indexed: true, unique: false },
      definition: { name: 'Status', indexed: true, text: { allowMultipleLines: false } },
    },
    {
      column: { name: 'NoteId', type: 'text', indexed: true, unique: true },
      definition: {
        name: 'NoteId',
        indexed: true,
        enforceUniqueValues: true,
        text: { allowMultipleLines: false },
      },
    },
    {
      column: { name: 'Code', type: 'text', indexed: false, unique: true },
      definition: {
        name: 'Code',
        indexed: true,
        enforceUniqueValues: true,
        text: { allowMultipleLines: false },
      },
    },
    {
      column: { name: 'Tags', type: 'note', indexed: false, unique: false },
      definition: {
        name: 'Tags',
        text: {
          allowMultipleLines: true,
          textType: 'plain',
          appendChangesToExistingText: false,
          linesForEditing: 6,
        },
      },
    },
    {
      column: { name: 'MeetingDate', type: 'dateTime', indexed: true, unique: false },
      definition: { name: 'MeetingDate', indexed: true, dateTime: { format: 'dateTime' } },
    },
    {
      column: { name: 'SignOff', type: 'dateTime', indexed: false, unique: false },
      definition: { name: 'SignOff', dateTime: { format: 'dateTime' } },
    },
    {
      column: { name: 'Pulse', type: 'number', indexed: false, unique: false },
      definition: { name: 'Pulse', number: {} },
    },
    {
      column: { name: 'Retired', type: 'boolean', indexed: true, unique: false },
      definition: { name: 'Retired', indexed: true, boolean: {} },
    },
  ])('$column.type $column.name', ({ column, definition }) => {
    expect(toColumnDefinition(column)).toEqual(definition);
  });

  it('gives each definition exactly one type facet', () => {
    const facets = ['text', 'dateTime', 'number', 'boolean'];
    for (const key of STORE_LIST_ORDER) {
      for (const column of STORE_SCHEMA[key].columns) {
        const definition = toColumnDefinition(column) as Record<string, unknown>;
        expect(facets.filter((facet) => facet in definition)).toHaveLength(1);
      }
    }
  });
});

describe('createListBody', () => {
  it('titles the list with its internal name, so the URL carries it, and says what it holds', () => {
    const body = createListBody('clients');
    expect(body).toMatchObject({
      displayName: 'HomeTurfClients',
      description: 'Home Turf: internal clients',
      list: { template: 'genericList' },
    });
    expect(body.columns.map((c) => c.name)).toEqual([
      'ClientEmail',
      'Department',
      'OwnerEmail',
      'Pressures',
      'Priorities',
      'EvaluatedOn',
      'SharedKpis',
      'Background',
    ]);
    expect(body.columns[0]).toEqual({
      name: 'ClientEmail',
      indexed: true,
      enforceUniqueValues: true,
      text: { allowMultipleLines: false },
    });
    expect(body.columns.some((c) => c.name === 'Title')).toBe(false);
  });

  it.each(STORE_LIST_ORDER.map((key): [StoreListKey] => [key]))(
    'declares every column of %s and nothing else',
    (key) => {
      const body = createListBody(key);
      expect(body.displayName).toBe(STORE_LISTS[key]);
      expect(body.description).toMatch(/^Home Turf: \S/);
      expect(body.columns.map((c) => c.name)).toEqual(STORE_SCHEMA[key].columns.map((c) => c.name));
    },
  );
});
