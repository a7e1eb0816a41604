import { changeKeyFrom, guidFrom, outlookIdFrom } from './ids';
import { resolvePerson, resolveTime, type ResolveContext } from './resolve-time';
import type { MessageRecord } from './tenant-model';
import type { SpecMessage } from './tenant-spec';

/**
 * Resolves the spec's mail: `sent` uses the same relative times as events, names come from the
 * directory, and messages sharing a `conversation` key share a conversationId.
 */

function conversationIdFrom(key: string): string {
  return `AAQkAG${Buffer.from(guidFrom(`conversation:${key}`).replace(/-/g, ''), 'hex').toString('base64')}`;
}

function resolveMessage(
  message: SpecMessage,
  index: number,
  ctx: ResolveContext,
  domain: string,
): MessageRecord {
  const path = `$.messages[${index}]`;
  const sentMs = resolveTime(message.sent, ctx.tenantZone, ctx, `${path}.sent`);
  const key = `message|${index}|${message.subject}|${sentMs}`;
  const id = outlookIdFrom(key);
  return {
    id,
    changeKey: changeKeyFrom(key),
    internetMessageId: `<${guidFrom(key).replace(/-/g, '').toUpperCase()}@${domain}>`,
    conversationId: conversationIdFrom(message.conversation ?? key),
    subject: message.subject,
    body: message.bodyPreview ?? '',
    importance: message.importance ?? 'normal',
    isRead: message.isRead ?? true,
    sentMs,
    receivedMs: sentMs,
    from: resolvePerson(message.from, ctx),
    to: message.to.map((person) => resolvePerson(person, ctx)),
    cc: (message.cc ?? []).map((person) => resolvePerson(person, ctx)),
  };
}

/** Resolves every message of the spec, newest first (the mailbox's default order). */
export function resolveMessages(
  messages: ReadonlyArray<SpecMessage>,
  ctx: ResolveContext,
  domain: string,
): MessageRecord[] {
  return messages
    .map((message, index) => resolveMessage(message, index, ctx, domain))
    .sort((a, b) => b.receivedMs - a.receivedMs || a.id.localeCompare(b.id));
}
