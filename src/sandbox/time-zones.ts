import { isKnownIanaZone } from './zoned-time';

/**
 * Windows time zone names Outlook uses, mapped to IANA. Graph accepts either kind in
 * `Prefer: outlook.timezone` and `dateTimeTimeZone.timeZone`; this is the subset a demo needs.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'India Standard Time': 'Asia/Kolkata',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Singapore Standard Time': 'Asia/Singapore',
  'China Standard Time': 'Asia/Shanghai',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

/** Preferred Windows name for an IANA zone, for `originalStartTimeZone`, as Outlook reports it. */
const IANA_TO_WINDOWS: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  'Europe/London': 'GMT Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'America/New_York': 'Eastern Standard Time',
  'America/Chicago': 'Central Standard Time',
  'America/Denver': 'Mountain Standard Time',
  'America/Los_Angeles': 'Pacific Standard Time',
  'Australia/Sydney': 'AUS Eastern Standard Time',
  'Asia/Kolkata': 'India Standard Time',
  'Asia/Tokyo': 'Tokyo Standard Time',
  'Pacific/Auckland': 'New Zealand Standard Time',
};

/**
 * The IANA zone behind a Windows or IANA name, or null when neither is known. Matching of Windows
 * names ignores case, as Exchange does.
 */
export function resolveTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const windows = Object.keys(WINDOWS_TO_IANA).find((key) => key.toLowerCase() === trimmed.toLowerCase());
  if (windows) return WINDOWS_TO_IANA[windows] ?? null;
  // Intl accepts bare offsets like "+01:00"; Graph does not, so only names with a slash or "UTC".
  if ((trimmed.includes('/') || trimmed === 'Etc/UTC') && isKnownIanaZone(trimmed)) return trimmed;
  return null;
}

/** The Windows name Outlook would record for an IANA zone, falling back to the IANA name itself. */
export function windowsNameOf(ianaZone: string): string {
  return IANA_TO_WINDOWS[ianaZone] ?? ianaZone;
}
