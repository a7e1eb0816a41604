/** "1 Dec 2026" for a `YYYY-MM-DD` day, in the viewer's language; the same date wherever they are. */
export function formatCalendarDay(day: string, locale: string): string {
  // Formatting at UTC noon keeps the date on the same day in every zone.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
