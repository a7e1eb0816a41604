import { MAIL_SELECT, mailWithRequest, readMail } from '../../../src/graph/get-mail-with';

const ME = 'Maya.Chen@Northwind.example';

/** The query of a batch member's relative URL, decoded. */
function query(url: string): URLSearchParams {
  return new URL(url, 'https://graph.example/v1.0').searchParams;
}

type Address = { emailAddress?: { address?: string | null; name?: string | null } | null };
const to = (address: string, name = address): Address => ({ emailAddress: { address, name } });

/** A message as `/me/messages` gives it with MAIL_SELECT: received by me from Priya unless told. */
function message(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'AAMkAD-1',
    subject: 'Re: onboarding handbook',
    from: to('Priya.Shah@Northwind.example', 'Priya Shah'),
    toRecipients: [to('maya.chen@northwind.example', 'Maya Chen')],
    ccRecipients: [],
    sentDateTime: '2026-11-16T08:59:00Z',
    receivedDateTime: '2026-11-16T09:00:00Z',
    isDraft: false,
    ...overrides,
  };
}

describe('mailWithRequest', () => {
  it('searches mail with any of the people, newest first by Graph, metadata only', () => {
    const request = mailWithRequest(['priya.shah@northwind.example', 'grace.liu@northwind.example']);
    expect(request).toMatchObject({ id: 'mail', method: 'GET' });
    expect(request.url.startsWith('/me/messages?')).toBe(true);
    const params = query(request.url);
    expect(params.get('$search')).toBe(
      '"participants:\\"priya.shah@northwind.example\\" OR participants:\\"grace.liu@northwind.example\\""',
    );
    expect(params.get('$select')?.split(',')).toEqual(MAIL_SELECT);
    expect(params.get('$top')).toBe('15');
    expect(params.has('$orderby')).toBe(false);
  });

  it.each(['body', 'bodyPreview', 'uniqueBody'])('never asks for %s', (field) => {
    const select = query(mailWithRequest(['priya.shah@northwind.example']).url)
      .get('$select')
      ?.split(',');
    expect(select).not.toContain(field);
  });

  it.each([
    {
      email: 'priya"shah@northwind.example',
      search: String.raw`"participants:\"priyashah@northwind.example\""`,
    },
    {
      email: '"raj.patel@northwind.example"',
      search: String.raw`"participants:\"raj.patel@northwind.example\""`,
    },
    { email: 'raj+hr@northwind.example', search: String.raw`"participants:\"raj+hr@northwind.example\""` },
    {
      email: "liam.o'brien@northwind.example",
      search: String.raw`"participants:\"liam.o'brien@northwind.example\""`,
    },
    {
      email: 'back\\slash@northwind.example',
      search: String.raw`"participants:\"backslash@northwind.example\""`,
    },
    { email: 'or@northwind.example', search: String.raw`"participants:\"or@northwind.example\""` },
  ])('searches for $email as $search, encoded', ({ email, search }) => {
    const { url } = mailWithRequest([email]);
    expect(url).not.toMatch(/[ "+]/);
    expect(query(url).get('$search')).toBe(search);
  });

  it('takes its batch id and page size', () => {
    const request = mailWithRequest(['priya.shah@northwind.example'], 'mail-priya', 5);
    expect(request.id).toBe('mail-priya');
    expect(query(request.url).get('$top')).toBe('5');
  });
});

describe('readMail', () => {
  it('reads mail from the client as received, at the time it arrived', () => {
    expect(readMail({ value: [message()] }, ME)).toEqual([
      {
        id: 'AAMkAD-1',
        subject: 'Re: onboarding handbook',
        at: new Date('2026-11-16T09:00:00Z'),
        direction: 'received',
        with: ['priya.shah@northwind.example'],
      },
    ]);
  });

  it('reads mail I sent as sent, at the time it left, with everyone else on it', () => {
    const sent = message({
      id: 'AAMkAD-2',
      subject: 'Slides for Tuesday',
      from: to('MAYA.CHEN@northwind.example'),
      toRecipients: [to('priya.shah@northwind.example')],
      ccRecipients: [to('Grace.Liu@Northwind.example'), to('maya.chen@northwind.example')],
      sentDateTime: '2026-11-05T08:00:00Z',
      receivedDateTime: '2026-11-05T08:00:05Z',
    });
    expect(readMail({ value: [sent] }, ME)).toEqual([
      {
        id: 'AAMkAD-2',
        subject: 'Slides for Tuesday',
        at: new Date('2026-11-05T08:00:00Z'),
        direction: 'sent',
        with: ['priya.shah@northwind.example', 'grace.liu@northwind.example'],
      },
    ]);
  });

  it.each([
    {
      what: 'the sender also among the recipients, in other case',
      overrides: { toRecipients: [to('maya.chen@northwind.example'), to('PRIYA.SHAH@northwind.example')] },
      with: ['priya.shah@northwind.example'],
    },
    {
      what: 'a copied colleague',
      overrides: { ccRecipients: [to('Sofia.Rossi@northwind.example')] },
      with: ['priya.shah@northwind.example', 'sofia.rossi@northwind.example'],
    },
    {
      what: 'recipients without an address',
      overrides: { toRecipients: [{ emailAddress: { name: 'All staff' } }, { emailAddress: null }, {}] },
      with: ['priya.shah@northwind.example'],
    },
    {
      what: 'no sender',
      overrides: {
        from: null,
        toRecipients: [to('maya.chen@northwind.example'), to('raj.patel@northwind.example')],
      },
      with: ['raj.patel@northwind.example'],
    },
  ])('names each other party once, lower-cased, with $what', ({ overrides, with: parties }) => {
    expect(readMail({ value: [message(overrides)] }, ME)[0]?.with).toEqual(parties);
  });

  it.each([
    {
      what: 'sent by me with only a sent time',
      overrides: { from: to(ME), receivedDateTime: null },
      at: '2026-11-16T08:59:00Z',
    },
    {
      what: 'received with only a sent time',
      overrides: { receivedDateTime: undefined },
      at: '2026-11-16T08:59:00Z',
    },
    {
      what: 'received with both times',
      overrides: {},
      at: '2026-11-16T09:00:00Z',
    },
  ])('dates mail $what at $at', ({ overrides, at }) => {
    expect(readMail({ value: [message(overrides)] }, ME)[0]?.at).toEqual(new Date(at));
  });

  it.each([
    { what: 'a draft', raw: message({ isDraft: true }) },
    { what: 'a message without id', raw: message({ id: undefined }) },
    { what: 'a message with no dates', raw: message({ sentDateTime: null, receivedDateTime: null }) },
    {
      what: 'a message with a date that is not a date',
      raw: message({ sentDateTime: 'soon', receivedDateTime: 'soon' }),
    },
    { what: 'a message with recipients that are not a list', raw: message({ toRecipients: 'priya' }) },
    { what: 'not a message at all', raw: 'AAMkAD-3' },
  ])('leaves out $what and keeps the rest', ({ raw }) => {
    const read = readMail({ value: [raw, message({ id: 'AAMkAD-9' })] }, ME);
    expect(read.map((m) => m.id)).toEqual(['AAMkAD-9']);
  });

  it('reads a message without subject as "(no subject)"', () => {
    expect(readMail({ value: [message({ subject: null })] }, ME)[0]?.subject).toBe('(no subject)');
  });

  it('reads an empty page as no mail', () => {
    expect(readMail({ value: [] }, ME)).toEqual([]);
  });

  it.each([{ body: null }, { body: { messages: [] } }, { body: { value: 'none' } }])(
    'refuses an answer that is not a page: $body',
    ({ body }) => {
      expect(() => readMail(body, ME)).toThrow();
    },
  );
});
