import { CLIENTS_SITE, CLIENTS_TITLE, pageIds, siteFixture, type ListItemJson } from './site-support';
import { type Page } from './support';

const HONOR = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

const fixture = siteFixture(CLIENTS_SITE);
const { items } = fixture;

describe('$filter and $orderby on list items', () => {
  it('filters on indexed columns with eq, ne, and, or and brackets', async () => {
    expect(pageIds((await items(CLIENTS_TITLE, "$filter=fields/Department eq 'HR'")).body)).toEqual([
      '1',
      '4',
    ]);
    expect(pageIds((await items(CLIENTS_TITLE, "$filter=fields/Department ne 'HR'")).body)).toEqual([
      '2',
      '3',
    ]);
    const combined = await items(
      CLIENTS_TITLE,
      `$filter=${encodeURIComponent("(fields/Department eq 'HR' or fields/Department eq 'IT') and fields/Retired eq true")}`,
    );
    expect(pageIds(combined.body)).toEqual(['3', '4']);
    expect(pageIds((await items(CLIENTS_TITLE, '$filter=fields/Retired eq 0')).body)).toEqual(['1', '2']);
    expect(
      pageIds((await items(CLIENTS_TITLE, "$filter=fields/ClientEmail eq 'DEV@contoso.example'")).body),
    ).toEqual(['3']);
  });

  it('compares dates as instants, and null as empty', async () => {
    const recent = await items(CLIENTS_TITLE, "$filter=fields/MeetingDate ge '2026-11-20T10:00:00.000Z'");
    expect(pageIds(recent.body)).toEqual(['1', '2']);
    const before = await items(CLIENTS_TITLE, '$filter=fields/MeetingDate lt 2026-11-20T00:00:00Z');
    expect(pageIds(before.body)).toEqual(['4']);
    expect(pageIds((await items(CLIENTS_TITLE, '$filter=fields/MeetingDate eq null')).body)).toEqual(['3']);
    expect(pageIds((await items(CLIENTS_TITLE, '$filter=fields/MeetingDate ne null')).body)).toEqual([
      '1',
      '2',
      '4',
    ]);
  });

  it('refuses a column without an index unless Prefer allows it, as Graph does', async () => {
    const refused = await items(
      CLIENTS_TITLE,
      `$filter=${encodeURIComponent("fields/Title eq 'Cleo O''Brien'")}`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalidRequest');
    expect(refused.body.error.message).toContain(
      "Field 'Title' cannot be referenced in filter or orderby as it is not indexed",
    );
    const allowed = await items(
      CLIENTS_TITLE,
      `$filter=${encodeURIComponent("fields/Title eq 'Cleo O''Brien'")}`,
      HONOR,
    );
    expect(pageIds(allowed.body)).toEqual(['2']);
    expect(pageIds((await items(CLIENTS_TITLE, '$filter=fields/Pulse ge 3', HONOR)).body)).toEqual(['1']);
    const ordered = await items(CLIENTS_TITLE, '$orderby=fields/Pulse desc');
    expect(ordered.status).toBe(400);
  });

  it('refuses non-indexed queries past 5,000 items even with Prefer; indexed ones still work', async () => {
    const refused = await items('Big', "$filter=fields/Status eq 'Open'");
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("Field 'Status' cannot be referenced in filter or orderby");
    const forced = await items('Big', "$filter=fields/Status eq 'Open'", HONOR);
    expect(forced.status).toBe(422);
    expect(forced.body.error.code).toBe('notSupported');
    const atThreshold = await items('AtThreshold', "$filter=fields/Status eq 'Closed'&$top=5000", HONOR);
    expect(atThreshold.status).toBe(200);
    expect(atThreshold.body.value).toHaveLength(2500);
    const indexed = await items('Big', "$filter=fields/Code eq 'C05001'&$expand=fields");
    expect(pageIds(indexed.body)).toEqual(['5001']);
    expect(indexed.body.value[0]?.fields?.['Status']).toBe('Open');
  });

  it('rejects unknown columns, other properties and bad syntax with 400', async () => {
    for (const filter of [
      "fields/Nope eq 'x'",
      "Department eq 'HR'",
      "fields/Department eq 'HR",
      'fields/Pulse',
    ]) {
      const { status, body } = await items(CLIENTS_TITLE, `$filter=${encodeURIComponent(filter)}`, HONOR);
      expect([filter, status, body.error.code]).toEqual([filter, 400, 'invalidRequest']);
    }
  });

  it('orders by an indexed column, empty values last when descending', async () => {
    const { body } = await items(CLIENTS_TITLE, '$orderby=fields/MeetingDate desc');
    expect(pageIds(body)).toEqual(['2', '1', '4', '3']);
  });
});

describe('paging list items', () => {
  it('pages with $top and a nextLink carrying $skiptoken and the other options', async () => {
    const first = await items(CLIENTS_TITLE, '$top=3&$expand=fields($select=Title)');
    expect(pageIds(first.body)).toEqual(['1', '2', '3']);
    const next = first.body['@odata.nextLink'];
    expect(next).toContain('$skiptoken=');
    expect(next).toContain('$expand=fields');
    const response = await fetch(next ?? '', {
      headers: { Authorization: `Bearer ${fixture.harness.token}` },
    });
    const second = (await response.json()) as Page<ListItemJson>;
    expect(pageIds(second)).toEqual(['4']);
    expect(second.value[0]?.fields?.['Title']).toBe('Old Client');
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('pages an ordered query by position', async () => {
    const first = await items(CLIENTS_TITLE, '$orderby=fields/MeetingDate desc&$top=2');
    expect(pageIds(first.body)).toEqual(['2', '1']);
    const response = await fetch(first.body['@odata.nextLink'] ?? '', {
      headers: { Authorization: `Bearer ${fixture.harness.token}` },
    });
    expect(pageIds((await response.json()) as Page<ListItemJson>)).toEqual(['4', '3']);
  });

  it('sends 200 items a page by default and never more than 5,000', async () => {
    const page = await items('Big', '');
    expect(page.body.value).toHaveLength(200);
    expect(page.body['@odata.nextLink']).toBeDefined();
    const large = await items('Big', '$top=10000');
    expect(large.body.value).toHaveLength(5000);
    const rest = await fetch(large.body['@odata.nextLink'] ?? '', {
      headers: { Authorization: `Bearer ${fixture.harness.token}` },
    });
    expect(pageIds((await rest.json()) as Page<ListItemJson>)).toEqual(['5001']);
    expect((await items('Big', '$top=0')).status).toBe(400);
  });
});
