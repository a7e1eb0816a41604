import { sharePointEtag } from './ids';
import { formatFieldDate } from './list-fields';
import type {
  ColumnRecord,
  DirectoryUser,
  ListItemRecord,
  ListRecord,
  SiteRecord,
  TenantState,
} from './tenant-model';

/**
 * Sites, lists, columns and list items in Graph's JSON: property order, etags (`"{guid},{version}"`),
 * identity sets and `fields` as SharePoint fills them (empty columns are left out, not null).
 */

const ITEM_CONTENT_TYPE = { id: '0x010012F2E3C94B5A4F4C8E0D2B1A6C3F7E9D', name: 'Item' };

/** `https://{hostname}{path}` */
export function siteWebUrl(site: SiteRecord): string {
  return `https://${site.hostname}${site.path === '/' ? '' : site.path}`;
}

function listWebUrl(site: SiteRecord, list: ListRecord): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.name)}`;
}

function iso(epochMs: number): string {
  return formatFieldDate(epochMs);
}

/** A user identity set; addresses not in the directory still show, named by their address. */
function identity(state: TenantState, address: string): { user: Record<string, string> } {
  const known: DirectoryUser | undefined = state.users.find(
    (user) => user.mail.toLowerCase() === address.toLowerCase(),
  );
  return {
    user: known
      ? { email: known.mail, id: known.id, displayName: known.displayName }
      : { email: address, displayName: address },
  };
}

/** Numeric SharePoint user-info ids for Author/Editor lookups: the user's place in the directory. */
function lookupId(state: TenantState, address: string): string {
  const index = state.users.findIndex((user) => user.mail.toLowerCase() === address.toLowerCase());
  return String(index === -1 ? 1073741823 : index + 7);
}

export function renderSite(site: SiteRecord): Record<string, unknown> {
  return {
    createdDateTime: iso(site.createdMs),
    description: site.description,
    id: site.id,
    lastModifiedDateTime: iso(site.modifiedMs),
    name:
      site.path
        .split('/')
        .filter((part) => part !== '')
        .pop() ?? site.hostname,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    root: {},
    siteCollection: { hostname: site.hostname },
  };
}

export function renderColumn(column: ColumnRecord): Record<string, unknown> {
  const facet: Record<string, unknown> =
    column.type === 'text' || column.type === 'note'
      ? {
          text: {
            allowMultipleLines: column.type === 'note',
            appendChangesToExistingText: false,
            linesForEditing: column.type === 'note' ? 6 : 0,
            maxLength: column.type === 'note' ? 63999 : 255,
          },
        }
      : column.type === 'number'
        ? {
            number: {
              decimalPlaces: 'automatic',
              displayAs: 'number',
              maximum: 1.7976931348623157e308,
              minimum: -1.7976931348623157e308,
            },
          }
        : column.type === 'dateTime'
          ? { dateTime: { displayAs: 'default', format: 'dateTime' } }
          : { boolean: {} };
  return {
    columnGroup: 'Custom Columns',
    description: '',
    displayName: column.displayName,
    enforceUniqueValues: column.unique,
    hidden: false,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: false,
    required: false,
    ...facet,
  };
}

export function renderList(
  state: TenantState,
  site: SiteRecord,
  list: ListRecord,
  withColumns: boolean,
): Record<string, unknown> {
  const etag = sharePointEtag(list.id, list.items.length + list.columns.length);
  return {
    '@odata.etag': etag,
    createdDateTime: iso(list.createdMs),
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: iso(list.modifiedMs),
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: identity(state, list.createdBy),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
    ...(withColumns ? { columns: list.columns.map(renderColumn) } : {}),
  };
}

/** The item's etag, as both `@odata.etag` and `eTag` carry it. */
export function itemEtag(item: ListItemRecord): string {
  return sharePointEtag(item.guid, item.version);
}

/** The item's fieldValueSet; `select` keeps only the named fields (and the etag). */
export function renderFields(
  state: TenantState,
  list: ListRecord,
  item: ListItemRecord,
  select: ReadonlyArray<string> | null,
): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const column of list.columns) {
    const value = item.fields[column.name];
    if (value !== undefined && value !== null) columns[column.name] = value;
  }
  const all: Record<string, unknown> = {
    ...columns,
    id: item.id,
    ContentType: 'Item',
    Modified: iso(item.modifiedMs),
    Created: iso(item.createdMs),
    AuthorLookupId: lookupId(state, item.createdBy),
    EditorLookupId: lookupId(state, item.modifiedBy),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields['Title'] ?? '',
    LinkTitle: item.fields['Title'] ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
  };
  const fields: Record<string, unknown> = { '@odata.etag': itemEtag(item) };
  const wanted = select ? new Set(select) : null;
  for (const [name, value] of Object.entries(all)) if (!wanted || wanted.has(name)) fields[name] = value;
  return fields;
}

/** A listItem; `fields` is present only when expanded, as in Graph. */
export function renderItem(
  state: TenantState,
  site: SiteRecord,
  list: ListRecord,
  item: ListItemRecord,
  fields: { select: ReadonlyArray<string> | null } | null,
): Record<string, unknown> {
  const etag = itemEtag(item);
  return {
    '@odata.etag': etag,
    createdDateTime: iso(item.createdMs),
    eTag: etag,
    id: item.id,
    lastModifiedDateTime: iso(item.modifiedMs),
    webUrl: `${listWebUrl(site, list)}/${item.id}_.000`,
    createdBy: identity(state, item.createdBy),
    lastModifiedBy: identity(state, item.modifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: ITEM_CONTENT_TYPE,
    ...(fields ? { fields: renderFields(state, list, item, fields.select) } : {}),
  };
}
