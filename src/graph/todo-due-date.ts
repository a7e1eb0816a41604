import type { IsoDate } from '../domain/team-store';
import { wallClockToInstant, zoneOffsetMinutes } from '../domain/time';

/**
 * The IANA names Graph's dateTimeTimeZone takes besides Windows names, as the dateTimeTimeZone
 * resource page lists them ("Additional time zones"); no other IANA name is documented.
 */
const GRAPH_IANA_ZONES: ReadonlySet<string> = new Set(
  [
    'Etc/GMT+12 Etc/GMT+11 Pacific/Honolulu America/Anchorage America/Los_Angeles America/Santa_Isabel',
    'America/Phoenix America/Chihuahua America/Denver America/Guatemala America/Chicago',
    'America/Mexico_City America/Regina America/Bogota America/New_York America/Indiana/Indianapolis',
    'America/Caracas America/Asuncion America/Halifax America/Cuiaba America/La_Paz America/Santiago',
    'America/St_Johns America/Sao_Paulo America/Argentina/Buenos_Aires America/Cayenne America/Godthab',
    'America/Montevideo America/Bahia Etc/GMT+2 Atlantic/Azores Atlantic/Cape_Verde Africa/Casablanca',
    'Etc/GMT Europe/London Atlantic/Reykjavik Europe/Berlin Europe/Budapest Europe/Paris Europe/Warsaw',
    'Africa/Lagos Africa/Windhoek Europe/Bucharest Asia/Beirut Africa/Cairo Asia/Damascus',
    'Africa/Johannesburg Europe/Kyiv Europe/Kiev Europe/Istanbul Asia/Jerusalem Asia/Amman Asia/Baghdad',
    'Europe/Kaliningrad Asia/Riyadh Africa/Nairobi Asia/Tehran Asia/Dubai Asia/Baku Europe/Moscow',
    'Indian/Mauritius Asia/Tbilisi Asia/Yerevan Asia/Kabul Asia/Karachi Asia/Tashkent Asia/Kolkata',
    'Asia/Colombo Asia/Kathmandu Asia/Almaty Asia/Dhaka Asia/Yekaterinburg Asia/Yangon Asia/Rangoon',
    'Asia/Bangkok Asia/Novosibirsk Asia/Shanghai Asia/Krasnoyarsk Asia/Singapore Australia/Perth',
    'Asia/Taipei Asia/Ulaanbaatar Asia/Irkutsk Asia/Tokyo Asia/Seoul Australia/Adelaide Australia/Darwin',
    'Australia/Brisbane Australia/Sydney Pacific/Port_Moresby Australia/Hobart Asia/Yakutsk',
    'Pacific/Guadalcanal Asia/Vladivostok Pacific/Auckland Etc/GMT-12 Pacific/Fiji Asia/Magadan',
    'Pacific/Tongatapu Pacific/Apia Pacific/Kiritimati',
  ].flatMap((line) => line.split(' ')),
);

/**
 * A To Do due date as Graph takes it: midnight of `due` in the advisor's zone (an IANA name, as the
 * host gives it). A zone Graph documents goes as it is. Any other goes as a documented zone that is
 * at the same offset from UTC on that day, in the same region if one is (Vancouver as Los Angeles,
 * Amsterdam as Berlin), so the midnight is the same instant; To Do keeps the date in the zone sent,
 * not the time, so a UTC time would not do. A zone with no documented twin falls back to UTC.
 */
export function dueDateTimeOf(due: IsoDate, timeZone: string): { dateTime: string; timeZone: string } {
  const dateTime = `${due}T00:00:00`;
  if (timeZone === 'UTC' || GRAPH_IANA_ZONES.has(timeZone)) return { dateTime, timeZone };
  let midnight: Date;
  try {
    midnight = wallClockToInstant(dateTime, timeZone);
  } catch {
    return { dateTime, timeZone: 'UTC' };
  }
  const offset = zoneOffsetMinutes(midnight, timeZone);
  const region = timeZone.split('/')[0];
  const twins = [...GRAPH_IANA_ZONES].filter((zone) => zoneOffsetMinutes(midnight, zone) === offset);
  const twin = twins.find((zone) => zone.split('/')[0] === region) ?? twins[0];
  return { dateTime, timeZone: twin ?? 'UTC' };
}
