/** Dates and times in the viewer's language and zone, through Intl only. */

export function formatTimeRange(
  start: Date,
  end: Date,
  { locale, timeZone, isAllDay }: { locale: string; timeZone: string; isAllDay: boolean },
): string {
  if (isAllDay) return 'All day';
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  return time.formatRange(start, end);
}

export function formatDay(day: string, locale: string): string {
  // `day` is a calendar date; formatting it at UTC noon keeps it on the same date everywhere.
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

export function formatDate(
  instant: Date,
  { locale, timeZone }: { locale: string; timeZone: string },
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(instant);
}

/** "Today", "Tomorrow" or the date, for a `YYYY-MM-DD` relative to today's. */
export function relativeDay(day: string, today: string, tomorrow: string, locale: string): string {
  if (day === today) return 'Today';
  if (day === tomorrow) return 'Tomorrow';
  return formatDay(day, locale);
}
