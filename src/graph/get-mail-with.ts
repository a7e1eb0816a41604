import { z } from 'zod/mini';
import type { MailSummary } from '../domain/team-store';
import type { BatchRequest } from './batch';

/** Metadata only: Home Turf never asks for a message body. */
export const MAIL_SELECT = [
  'subject',
  'from',
  'toRecipients',
  'ccRecipients',
  'sentDateTime',
  'receivedDateTime',
  'isDraft',
];

/**
 * Recent mail with some people, as a batch member: `$search` with KQL `participants:` finds mail
 * they sent, received or were copied on, newest first (Graph orders search results by date and
 * refuses `$orderby` with `$search`).
 */
export function mailWithRequest(emails: readonly string[], id = 'mail', top = 15): BatchRequest {
  return {
    id,
    method: 'GET',
    url: `/me/messages?$search=${encodeURIComponent(participantsSearch(emails))}&$select=${MAIL_SELECT.join(',')}&$top=${top}`,
  };
}

/**
 * The `$search` value for mail with any of the addresses: KQL `participants:"…"` terms joined by
 * OR, the whole clause in double quotes as Graph requires. Each address is a quoted phrase, so an
 * apostrophe (`liam.o'brien@…`) or a KQL word in it is read as part of the address; the quotes
 * around it are backslash-escaped inside the clause, as the `$search` page says. A double quote or
 * backslash cannot be part of a phrase and no mailbox address needs one, so they are dropped.
 */
export function participantsSearch(emails: readonly string[]): string {
  const kql = emails.map((e) => `participants:\\"${e.replace(/["\\]/g, '')}\\"`).join(' OR ');
  return `"${kql}"`;
}

const address = z.object({
  emailAddress: z.nullish(z.object({ address: z.nullish(z.string()), name: z.nullish(z.string()) })),
});
const message = z.object({
  id: z.string(),
  subject: z.nullish(z.string()),
  from: z.nullish(address),
  toRecipients: z.nullish(z.array(address)),
  ccRecipients: z.nullish(z.array(address)),
  sentDateTime: z.nullish(z.string()),
  receivedDateTime: z.nullish(z.string()),
  isDraft: z.nullish(z.boolean()),
});
const page = z.object({ value: z.array(z.unknown()) });

/** Mail summaries from one answer, drafts and unreadable messages left out. */
export function readMail(body: unknown, myEmail: string): MailSummary[] {
  const me = myEmail.toLowerCase();
  return page.parse(body).value.flatMap((raw): MailSummary[] => {
    const parsed = message.safeParse(raw);
    if (!parsed.success || parsed.data.isDraft === true) return [];
    const m = parsed.data;
    const addressOf = (a: z.infer<typeof address>) => a.emailAddress?.address?.toLowerCase() ?? '';
    const from = m.from ? addressOf(m.from) : '';
    const direction = from === me ? 'sent' : 'received';
    const when = new Date(
      (direction === 'sent' ? m.sentDateTime : m.receivedDateTime) ?? m.sentDateTime ?? '',
    );
    if (Number.isNaN(when.getTime())) return [];
    const others = [
      from,
      ...(m.toRecipients ?? []).map(addressOf),
      ...(m.ccRecipients ?? []).map(addressOf),
    ].filter((a) => a !== '' && a !== me);
    return [
      { id: m.id, subject: m.subject ?? '(no subject)', at: when, direction, with: [...new Set(others)] },
    ];
  });
}
