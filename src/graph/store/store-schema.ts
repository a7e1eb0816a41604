import { STORE_LISTS, type StoreListKey } from './store-lists';

/**
 * The team store's lists and columns as data, exactly as docs/team-store.md fixes them, and the
 * Graph bodies that create them. `Title` exists on every SharePoint list and is not declared.
 */

/** `note` is multi-line plain text: where the store keeps JSON and free text. */
export type StoreColumnType = 'text' | 'note' | 'dateTime' | 'number' | 'boolean';

export type StoreColumn = {
  /** Internal name: what filters and `fields` use, and what never changes once created. */
  name: string;
  type: StoreColumnType;
  /** Every column the app filters on is indexed, so queries keep working past 5,000 items. */
  indexed: boolean;
  /** Only identifiers the app generates or matches on (a client's address, a note's or an item's key). */
  unique: boolean;
};

export type StoreListSchema = {
  key: StoreListKey;
  /** Internal name; the list is created with it as its title so its URL carries it too. */
  name: string;
  /** What the list holds, in a few words for the team. */
  purpose: string;
  columns: readonly StoreColumn[];
};

/** The order lists are created in: the order docs/team-store.md gives them. */
export const STORE_LIST_ORDER: readonly StoreListKey[] = [
  'clients',
  'fileItems',
  'notes',
  'articles',
  'campaigns',
];

const column = (name: string, type: StoreColumnType, indexed = false): StoreColumn => ({
  name,
  type,
  indexed,
  unique: false,
});
const uniqueText = (name: string): StoreColumn => ({ name, type: 'text', indexed: true, unique: true });

/** Every list of the team store with its columns (docs/team-store.md). */
export const STORE_SCHEMA: Readonly<Record<StoreListKey, StoreListSchema>> = {
  clients: {
    key: 'clients',
    name: STORE_LISTS.clients,
    purpose: 'internal clients',
    columns: [
      uniqueText('ClientEmail'),
      column('Department', 'text', true),
      column('OwnerEmail', 'text', true),
      column('Pressures', 'note'),
      column('Priorities', 'note'),
      column('EvaluatedOn', 'note'),
      column('SharedKpis', 'note'),
      column('Background', 'note'),
    ],
  },
  fileItems: {
    key: 'fileItems',
    name: STORE_LISTS.fileItems,
    purpose: "the work on each client's file",
    columns: [
      uniqueText('ItemKey'),
      column('ClientEmail', 'text', true),
      column('Status', 'text', true),
      column('OwnerEmail', 'text', true),
      column('LastUpdateSent', 'dateTime'),
      column('NextUpdateDue', 'dateTime'),
    ],
  },
  notes: {
    key: 'notes',
    name: STORE_LISTS.notes,
    purpose: 'value-add notes, one per meeting and client',
    columns: [
      uniqueText('NoteId'),
      column('ClientEmail', 'text', true),
      column('MeetingICalUId', 'text', true),
      column('MeetingDate', 'dateTime', true),
      column('AuthorEmail', 'text', true),
      column('ValueOffered', 'note'),
      column('ArticlesBrought', 'note'),
      column('FollowUps', 'note'),
      column('PrioritiesHeard', 'note'),
      column('StoryLead', 'note'),
      column('Pulse', 'number'),
    ],
  },
  articles: {
    key: 'articles',
    name: STORE_LISTS.articles,
    purpose: "the team's library of things worth bringing",
    columns: [
      uniqueText('ArticleKey'),
      column('Url', 'text'),
      column('Summary', 'note'),
      column('Tags', 'note'),
      column('Source', 'text'),
      column('Published', 'dateTime', true),
      column('Retired', 'boolean', true),
    ],
  },
  campaigns: {
    key: 'campaigns',
    name: STORE_LISTS.campaigns,
    purpose: 'marketing and change campaigns',
    columns: [
      uniqueText('CampaignKey'),
      column('OwnerDepartment', 'text', true),
      column('Audiences', 'note'),
      column('SignOff', 'dateTime'),
      column('GoLive', 'dateTime', true),
      column('Status', 'text', true),
    ],
  },
};

/** The subset of Graph's `columnDefinition` the store's columns use. */
export type ColumnDefinition = {
  name: string;
  indexed?: true;
  enforceUniqueValues?: true;
  text?: {
    allowMultipleLines: boolean;
    textType?: 'plain';
    appendChangesToExistingText?: false;
    linesForEditing?: number;
  };
  dateTime?: { format: 'dateTime' };
  number?: Record<string, never>;
  boolean?: Record<string, never>;
};

/** The body of `POST /sites/{site-id}/lists` for one store list. */
export type CreateListBody = {
  displayName: string;
  description: string;
  columns: ColumnDefinition[];
  list: { template: 'genericList' };
};

function typeFacet(
  type: StoreColumnType,
): Omit<ColumnDefinition, 'name' | 'indexed' | 'enforceUniqueValues'> {
  switch (type) {
    case 'text':
      return { text: { allowMultipleLines: false } };
    case 'note':
      // Plain text: a rich-text column would wrap the stored JSON in HTML. Versioned "append"
      // columns keep only the newest text in the item, which would lose what a note holds.
      return {
        text: {
          allowMultipleLines: true,
          textType: 'plain',
          appendChangesToExistingText: false,
          linesForEditing: 6,
        },
      };
    case 'dateTime':
      // Date and time: date-only values are stored as midnight UTC, and meetings need the time.
      return { dateTime: { format: 'dateTime' } };
    case 'number':
      return { number: {} };
    case 'boolean':
      return { boolean: {} };
  }
}

/** One store column as Graph's `columnDefinition`. */
export function toColumnDefinition(column: StoreColumn): ColumnDefinition {
  const definition: ColumnDefinition = { name: column.name };
  // SharePoint enforces unique values only on an indexed column, so a unique column is indexed too.
  if (column.indexed || column.unique) definition.indexed = true;
  if (column.unique) definition.enforceUniqueValues = true;
  return { ...definition, ...typeFacet(column.type) };
}

/**
 * The body that creates a store list. Graph takes no URL name on create: SharePoint derives it from
 * `displayName`, so the title is the internal name (`HomeTurfClients`), which the list keeps when
 * its title is renamed and by which Home Turf finds its id; the description says what it is for.
 */
export function createListBody(key: StoreListKey): CreateListBody {
  const schema = STORE_SCHEMA[key];
  return {
    displayName: schema.name,
    // What the team sees under the list's title in SharePoint.
    description: `Home Turf: ${schema.purpose}`,
    columns: schema.columns.map(toColumnDefinition),
    list: { template: 'genericList' },
  };
}
