import {
  PEOPLE,
  signIn,
  startHarness,
  testTenant,
  type GraphErrorBody,
  type Harness,
  type Page,
} from './support';

type MessageJson = Record<string, unknown> & {
  '@odata.etag': string;
  id: string;
  subject: string;
  receivedDateTime: string;
  conversationId: string;
  from: { emailAddress: { name: string; address: string } };
};

/** Sent times resolve against FIXED_NOW, Wednesday 25 November 2026 10:20 (London = UTC). */
const tenant = testTenant({
  messages: [
    {
      subject: 'Onboarding survey results',
      from: PEOPLE.ben,
      to: [PEOPLE.ana],
      sent: { day: -1, time: '09:00' },
      bodyPreview: 'The survey shows onboarding takes too long.',
      conversation: 'survey',
    },
    {
      subject: 'Re: Onboarding survey results',
      from: PEOPLE.ana,
      to: [PEOPLE.ben],
      cc: [PEOPLE.cleo],
      sent: { day: -1, time: '11:30' },
      bodyPreview: 'Thanks Ben, shall we brief the leadership team?',
      conversation: 'survey',
    },
    {
      subject: 'Q4 budget sign-off',
      from: PEOPLE.cleo,
      to: [PEOPLE.ana],
      sent: { day: -3, time: '14:00' },
      importance: 'high',
      isRead: false,
    },
    { subject: 'Laptop refresh', from: PEOPLE.dev, to: [PEOPLE.ana], sent: { day: -10, time: '08:00' } },
    {
      subject: 'Intranet launch plan',
      from: PEOPLE.ana,
      to: [PEOPLE.dev],
      sent: '2026-11-02T10:00:00Z',
      bodyPreview: 'Draft timeline attached.',
    },
    {
      subject: 'Industry newsletter',
      from: { name: 'Vendor News', email: 'news@vendor.example' },
      to: [PEOPLE.ana],
      sent: { inMinutes: -30 },
    },
  ],
});

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ tenant });
});
afterAll(() => harness.server.close());

const messages = (query: string, token = harness.token) =>
  fetch(`${harness.server.graphBaseUrl}/me/messages?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as Page<MessageJson> & GraphErrorBody,
  }));

const subjects = (page: Page<MessageJson>) => page.value.map((message) => message.subject);

const NEWEST_FIRST = [
  'Industry newsletter',
  'Re: Onboarding survey results',
  'Onboarding survey results',
  'Q4 budget sign-off',
  'Laptop refresh',
  'Intranet launch plan',
];

describe('GET /me/messages', () => {
  it('lists the mailbox newest first in Graph’s message shape', async () => {
    const { status, body } = await messages('');
    expect(status).toBe(200);
    expect(body['@odata.context']).toMatch(/\/\$metadata#users\('[0-9a-f-]{36}'\)\/messages$/);
    expect(subjects(body)).toEqual(NEWEST_FIRST);
    const budget = body.value[3];
    expect(budget).toMatchObject({
      receivedDateTime: '2026-11-22T14:00:00Z',
      sentDateTime: '2026-11-22T14:00:00Z',
      createdDateTime: '2026-11-22T14:00:00Z',
      importance: 'high',
      isRead: false,
      isDraft: false,
      hasAttachments: false,
      from: { emailAddress: { name: "Cleo O'Brien", address: PEOPLE.cleo } },
      sender: { emailAddress: { name: "Cleo O'Brien", address: PEOPLE.cleo } },
      toRecipients: [{ emailAddress: { name: 'Ana Lima', address: PEOPLE.ana } }],
      ccRecipients: [],
      body: { contentType: 'text', content: '' },
    });
    expect(budget?.['@odata.etag']).toMatch(/^W\/".+"$/);
    expect(body.value[0]?.['receivedDateTime']).toBe('2026-11-25T09:50:00Z');
    const [reply, original] = [body.value[1], body.value[2]];
    expect(reply?.conversationId).toBe(original?.conversationId);
    expect(reply?.conversationId).not.toBe(budget?.conversationId);
  });

  it('pages with $top (default 10) and $skip nextLinks', async () => {
    const first = await messages('$top=4&$select=subject');
    expect(subjects(first.body)).toEqual(NEWEST_FIRST.slice(0, 4));
    expect(first.body['@odata.nextLink']).toContain('$skip=4');
    expect(first.body['@odata.nextLink']).toContain('$select=subject');
    const response = await fetch(first.body['@odata.nextLink'] ?? '', {
      headers: { Authorization: `Bearer ${harness.token}` },
    });
    const second = (await response.json()) as Page<MessageJson>;
    expect(subjects(second)).toEqual(NEWEST_FIRST.slice(4));
    expect(second['@odata.nextLink']).toBeUndefined();
    expect((await messages('$top=0')).status).toBe(400);
  });

  it('keeps only the selected properties, plus id and etag', async () => {
    const { body } = await messages('$select=subject,from&$top=1');
    expect(body['@odata.context']).toMatch(/\/messages\(subject,from\)$/);
    expect(Object.keys(body.value[0] ?? {}).sort()).toEqual(['@odata.etag', 'from', 'id', 'subject']);
    expect((await messages('$select=nope')).status).toBe(400);
  });

  it('filters by sender address and by received date', async () => {
    const fromCleo = await messages(`$filter=from/emailAddress/address eq '${PEOPLE.cleo.toUpperCase()}'`);
    expect(subjects(fromCleo.body)).toEqual(['Q4 budget sign-off']);
    const recent = await messages('$filter=receivedDateTime ge 2026-11-22T14:00:00Z');
    expect(subjects(recent.body)).toEqual(NEWEST_FIRST.slice(0, 4));
    const both = await messages(
      `$filter=${encodeURIComponent(`receivedDateTime ge 2026-11-01T00:00:00Z and from/emailAddress/address eq '${PEOPLE.ana}'`)}`,
    );
    expect(subjects(both.body)).toEqual(['Re: Onboarding survey results', 'Intranet launch plan']);
    expect((await messages('$filter=nonsense eq 1')).status).toBe(400);
    expect((await messages("$filter=subject eq 'unterminated")).status).toBe(400);
  });

  it('orders as asked, but only when the ordered property leads the filter', async () => {
    const oldest = await messages('$orderby=receivedDateTime asc&$top=2');
    expect(subjects(oldest.body)).toEqual(['Intranet launch plan', 'Laptop refresh']);
    const leading = await messages(
      '$filter=receivedDateTime ge 2026-11-20T00:00:00Z&$orderby=receivedDateTime asc',
    );
    expect(subjects(leading.body)).toEqual([...NEWEST_FIRST.slice(0, 4)].reverse());
    const refused = await messages(
      `$filter=from/emailAddress/address eq '${PEOPLE.cleo}'&$orderby=receivedDateTime desc`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('InefficientFilter');
  });

  it('searches with KQL: participants, from, to, bare words, OR and AND', async () => {
    const search = (kql: string) => messages(`$search=${encodeURIComponent(`"${kql}"`)}`);
    expect(subjects((await search(`participants:${PEOPLE.cleo}`)).body)).toEqual([
      'Re: Onboarding survey results',
      'Q4 budget sign-off',
    ]);
    expect(subjects((await search(`from:${PEOPLE.ben} OR to:${PEOPLE.dev}`)).body)).toEqual([
      'Onboarding survey results',
      'Intranet launch plan',
    ]);
    expect(subjects((await search(`participants:${PEOPLE.ben} AND leadership`)).body)).toEqual([
      'Re: Onboarding survey results',
    ]);
    expect(subjects((await search('budget')).body)).toEqual(['Q4 budget sign-off']);
    expect(subjects((await search('timeline')).body)).toEqual(['Intranet launch plan']);
    expect(subjects((await search('from:vendor')).body)).toEqual(['Industry newsletter']);
    expect(
      subjects((await search(`(participants:${PEOPLE.dev} OR participants:${PEOPLE.cleo}) NOT laptop`)).body),
    ).toEqual(['Re: Onboarding survey results', 'Q4 budget sign-off', 'Intranet launch plan']);
  });

  it('refuses $orderby and $filter with $search, as Graph does', async () => {
    const ordered = await messages('$search="budget"&$orderby=receivedDateTime desc');
    expect(ordered.status).toBe(400);
    expect(ordered.body.error.message).toBe(
      "The query parameter '$orderBy' is not supported with '$search'.",
    );
    expect((await messages('$search="budget"&$filter=isRead eq false')).status).toBe(400);
  });

  it('pages a search with $skiptoken', async () => {
    const first = await messages(`$search=${encodeURIComponent(`"participants:${PEOPLE.ana}"`)}&$top=5`);
    expect(first.body.value).toHaveLength(5);
    expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
    const response = await fetch(first.body['@odata.nextLink'] ?? '', {
      headers: { Authorization: `Bearer ${harness.token}` },
    });
    expect(subjects((await response.json()) as Page<MessageJson>)).toEqual(['Intranet launch plan']);
  });

  it('shows another user only the mail they are on', async () => {
    const ben = await signIn(harness.server, PEOPLE.ben);
    const { body } = await messages('', ben);
    expect(subjects(body)).toEqual(['Re: Onboarding survey results', 'Onboarding survey results']);
  });
});

describe('GET /me/messages/{id}', () => {
  it('returns one message with its body, and 404 for an unknown id', async () => {
    const list = await messages('$top=10');
    const original = list.body.value.find((m) => m.subject === 'Onboarding survey results');
    const { status, body } = await harness.graphJson<MessageJson>(
      `/me/messages/${encodeURIComponent(original?.id ?? '')}`,
    );
    expect(status).toBe(200);
    expect(body['@odata.context']).toMatch(/\/messages\/\$entity$/);
    expect(body['body']).toEqual({
      contentType: 'text',
      content: 'The survey shows onboarding takes too long.',
    });
    expect(body['bodyPreview']).toBe('The survey shows onboarding takes too long.');
    const selected = await harness.graphJson(
      `/me/messages/${encodeURIComponent(original?.id ?? '')}?$select=subject`,
    );
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'subject']);
    const missing = await harness.graphJson<GraphErrorBody>('/me/messages/AAMkAGnope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ErrorItemNotFound');
  });
});
