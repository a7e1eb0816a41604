import type { SpecMessage } from '../tenant-spec';
import { DEMO_USER_UPN } from './constants';
import { upnOf } from './directory';
import { MAIL_THREADS } from './mail-threads';

/**
 * Maya's mailbox: mail with her clients over the last 30 days, both ways, tied to the work on their
 * files and their meetings. Times are relative (`{ day, time }`), so the mailbox moves with today.
 */

/** The seeded messages, oldest first. Replies carry "Re:" and share their thread's conversation. */
export function seedMail(): SpecMessage[] {
  const messages = MAIL_THREADS.flatMap((thread) => {
    const client = upnOf(thread.client);
    const cc = (thread.cc ?? []).map(upnOf);
    return thread.messages.map(([direction, daysAgo, time, preview], index): SpecMessage => {
      const outgoing = direction === 'out';
      return {
        subject: index === 0 ? thread.subject : `Re: ${thread.subject}`,
        from: outgoing ? DEMO_USER_UPN : client,
        to: [outgoing ? client : DEMO_USER_UPN],
        ...(cc.length > 0 ? { cc } : {}),
        sent: { day: -daysAgo, time },
        bodyPreview: preview,
        ...(thread.importance ? { importance: thread.importance } : {}),
        // Mail Maya sent is read; mail to her from the last day is still unread.
        isRead: outgoing || daysAgo > 1,
        conversation: thread.key,
      };
    });
  });
  const when = (m: SpecMessage): [number, string] =>
    typeof m.sent === 'object' && 'day' in m.sent ? [m.sent.day, m.sent.time ?? ''] : [0, ''];
  return messages.sort((a, b) => {
    const [dayA, timeA] = when(a);
    const [dayB, timeB] = when(b);
    return dayA - dayB || timeA.localeCompare(timeB);
  });
}
