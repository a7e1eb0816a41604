import { createHash, randomBytes, randomUUID } from 'node:crypto';

/**
 * Identifier shapes that look like Microsoft's. Deterministic ones are hashes of a stable key so the
 * same seed gives the same ids every run, which keeps links and cached ids valid across restarts.
 */

function sha256(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** A GUID (version-5 style layout) derived from `key`, e.g. a user's id from their UPN. */
export function guidFrom(key: string): string {
  const bytes = Buffer.from(sha256(`guid:${key.toLowerCase()}`).subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An Outlook-style item id ("AAMkAG…=") from `key`. Real ids are base64 with '=' padding and may
 * contain '-' and '_'; keeping the padding makes clients prove they URL-encode ids.
 */
export function outlookIdFrom(key: string): string {
  const body = sha256(`item:${key}`).subarray(0, 22).toString('base64');
  return `AAMkAG${body.replace(/\//g, '-').replace(/\+/g, '_')}`;
}

/** A fresh random Outlook-style id for an item created at runtime. */
export function newOutlookId(): string {
  return outlookIdFrom(randomBytes(16).toString('hex'));
}

/** A changeKey (base64, as Exchange issues) derived from `key`. */
export function changeKeyFrom(key: string): string {
  return sha256(`ck:${key}`).subarray(0, 15).toString('base64');
}

const ICAL_PREFIX = '040000008200E00074C5B7101A82E008';

/**
 * An Exchange global object id as Graph shows in `iCalUId`. Occurrences embed their original date
 * (yyyy mm dd in hex) after the prefix; the series and single events carry zeros there.
 */
export function iCalUIdFrom(
  key: string,
  occurrenceDate?: { year: number; month: number; day: number },
): string {
  const datePart = occurrenceDate
    ? occurrenceDate.year.toString(16).padStart(4, '0') +
      occurrenceDate.month.toString(16).padStart(2, '0') +
      occurrenceDate.day.toString(16).padStart(2, '0')
    : '00000000';
  const tail = sha256(`ical:${key}`).subarray(0, 16).toString('hex').toUpperCase();
  return `${ICAL_PREFIX}${datePart.toUpperCase()}0000000000000000000000000000001000000000${tail}`;
}

/** A fresh random GUID, for things created at runtime. */
export function newGuid(): string {
  return randomUUID();
}

/** A SharePoint site id, `{hostname},{siteCollectionId},{webId}`, stable for a host and path. */
export function siteIdFrom(hostname: string, path: string): string {
  const key = `${hostname.toLowerCase()}${path.toLowerCase()}`;
  return `${hostname.toLowerCase()},${guidFrom(`site:${key}`)},${guidFrom(`web:${key}`)}`;
}

/** A SharePoint etag as Graph quotes it: `"{guid},{version}"`. */
/** A seeded list's id: derived from its site and internal name, so it is the same every run. */
export function listIdFrom(siteId: string, name: string): string {
  return guidFrom(`list:${siteId}:${name}`);
}

export function sharePointEtag(guid: string, version: number): string {
  return `"${guid},${version}"`;
}
