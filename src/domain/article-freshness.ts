/**
 * How an article's age weighs in its ranking, and how it is said. Ages are whole calendar days
 * between two `YYYY-MM-DD` dates, so they do not depend on the reader's time zone or the hour.
 */
import type { IsoDate } from './team-store';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` date, or null when it is not one (including impossible
 * dates such as 2026-02-30).
 */
export function dayNumber(date: IsoDate): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return null;
  const [, y, m, d] = match;
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(utc);
  if (check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) return null;
  return Math.round(utc / MS_PER_DAY);
}

/**
 * Age in days at which an article weighs half as much as a new one. Six months: advice on internal
 * communication keeps well, so a strong older match still beats a weak new one, but between two
 * equally relevant articles the newer one leads.
 */
export const FRESHNESS_HALF_WEIGHT_DAYS = 180;

/** The weight of an article whose date cannot be read: that of one two years old. */
const UNKNOWN_AGE_DAYS = 730;

/**
 * MiniSearch `boostDocument` factor for an article `ageDays` old: `1 / (1 + age / 180)`, a gentle
 * hyperbolic decay (1 today, 0.5 at six months, a third at a year, about a fifth at two years) that never
 * reaches zero, because zero would make MiniSearch drop the article. Future dates count as today;
 * an unreadable date (null) weighs like a two-year-old article.
 */
export function freshnessBoost(ageDays: number | null): number {
  const age = ageDays === null ? UNKNOWN_AGE_DAYS : Math.max(0, ageDays);
  return 1 / (1 + age / FRESHNESS_HALF_WEIGHT_DAYS);
}

/** An article's age as a reader would say it: "published today", "3 weeks old", "2 years old". */
export function describeAge(ageDays: number): string {
  if (ageDays <= 0) return 'published today';
  const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'} old`;
  if (ageDays < 14) return count(ageDays, 'day');
  if (ageDays < 61) return count(Math.floor(ageDays / 7), 'week');
  if (ageDays < 730) return count(Math.floor(ageDays / 30.44), 'month');
  return count(Math.floor(ageDays / 365.25), 'year');
}
