import { z } from 'zod/mini';
import type { Person } from '../domain/meeting';

/** The properties every user query selects. */
export const USER_SELECT = [
  'id',
  'displayName',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'officeLocation',
];

const optionalText = z.catch(z.nullish(z.string()), null);

/** A Graph user, read leniently: a wrong-typed optional field is dropped, not fatal. */
export const graphUser = z.object({
  id: z.string(),
  displayName: z.catch(z.nullish(z.string()), null),
  mail: optionalText,
  userPrincipalName: z.catch(z.nullish(z.string()), null),
  jobTitle: optionalText,
  department: optionalText,
  officeLocation: optionalText,
});

/** Maps a Graph user to a Person; null when it has no usable address. */
export function toPerson(raw: unknown): Person | null {
  const parsed = graphUser.safeParse(raw);
  if (!parsed.success) return null;
  const u = parsed.data;
  const email = (u.mail ?? u.userPrincipalName ?? '').toLowerCase();
  if (email === '') return null;
  const person: Person = {
    id: u.id,
    displayName: u.displayName ?? email,
    email,
    userPrincipalName: u.userPrincipalName ?? email,
  };
  if (u.jobTitle) person.jobTitle = u.jobTitle;
  if (u.department) person.department = u.department;
  if (u.officeLocation) person.officeLocation = u.officeLocation;
  return person;
}

const collection = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.optional(z.string()) });

/** People in a `/users` collection page, skipping entries that cannot be read. */
export function toPeople(raw: unknown): Person[] {
  const parsed = collection.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.value.map(toPerson).filter((p): p is Person => p !== null);
}
