import type { Message, Recipient } from '@microsoft/microsoft-graph-types';
import { formatFieldDate } from './list-fields';
import type { EventPerson, MessageRecord } from './tenant-model';

/**
 * Renders a message as Graph's message resource (message-get-response.json): Exchange's weak etag,
 * whole-second UTC timestamps, recipients as emailAddress pairs and a plain-text body.
 */

/** A Graph message with the OData annotation Outlook items always carry. */
export type GraphMessage = Message & { '@odata.etag': string };

/** Every property a message has here; `$select` names outside it are a 400. */
export const MESSAGE_PROPERTIES: ReadonlySet<string> = new Set(
  [
    'id',
    'createdDateTime',
    'lastModifiedDateTime',
    'changeKey',
    'categories',
    'receivedDateTime',
    'sentDateTime',
    'hasAttachments',
    'internetMessageId',
    'subject',
    'bodyPreview',
    'importance',
    'parentFolderId',
    'conversationId',
    'isDeliveryReceiptRequested',
    'isReadReceiptRequested',
    'isRead',
    'isDraft',
    'webLink',
    'inferenceClassification',
    'body',
    'sender',
    'from',
    'toRecipients',
    'ccRecipients',
    'bccRecipients',
    'replyTo',
    'flag',
  ].map((name) => name.toLowerCase()),
);

const INBOX_FOLDER_ID = 'AAMkAGInboxAAAuAAAAAAEMAAA=';
const SENT_FOLDER_ID = 'AAMkAGSentItemsAAAuAAAAAAEJAAA=';

function recipient(person: EventPerson): Recipient {
  return { emailAddress: { name: person.name, address: person.address ?? '' } };
}

/** The message as the mailbox of `ownerAddress` holds it (its folder depends on who sent it). */
export function renderMessage(message: MessageRecord, ownerAddress: string): GraphMessage {
  const sentByOwner = message.from.address?.toLowerCase() === ownerAddress.toLowerCase();
  return {
    '@odata.etag': `W/"${message.changeKey}"`,
    id: message.id,
    createdDateTime: formatFieldDate(message.receivedMs),
    lastModifiedDateTime: formatFieldDate(message.receivedMs),
    changeKey: message.changeKey,
    categories: [],
    receivedDateTime: formatFieldDate(message.receivedMs),
    sentDateTime: formatFieldDate(message.sentMs),
    hasAttachments: false,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: message.body.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: message.importance,
    parentFolderId: sentByOwner ? SENT_FOLDER_ID : INBOX_FOLDER_ID,
    conversationId: message.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: sentByOwner ? true : message.isRead,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: { contentType: 'text', content: message.body },
    sender: recipient(message.from),
    from: recipient(message.from),
    toRecipients: message.to.map(recipient),
    ccRecipients: message.cc.map(recipient),
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}
