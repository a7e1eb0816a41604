import { z } from 'zod';
import { rawOverrideSchema } from './raw-overrides';

/**
 * The documented JSON format of a demo tenant (see docs/demo-tenant.md). The generated seed is
 * expressed in this same format, so a loaded file and the default tenant take one code path.
 * No `.default()` here: input and output types stay identical and defaults live in the resolver.
 */

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day "HH:MM"');

/** An absolute ISO 8601 date-time (offset optional: none means the tenant's wall clock) or date. */
const absoluteTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$/,
    'expected an ISO 8601 date-time such as "2026-11-23T10:00:00Z"',
  );

/** When an event starts or ends: absolute, a day offset from today plus a time, or minutes from now. */
export const specTimeSchema = z.union([
  absoluteTime,
  z.strictObject({ day: z.number().int(), time: timeOfDay.optional() }),
  z.strictObject({ inMinutes: z.number().int() }),
]);

const email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address');

const responseSchema = z.enum([
  'none',
  'organizer',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'notResponded',
]);

const personSchema = z.union([email, z.strictObject({ name: z.string().min(1), email: email.optional() })]);

const attendeeSchema = z.strictObject({
  name: z.string().min(1).optional(),
  email: email.optional(),
  type: z.enum(['required', 'optional', 'resource']).optional(),
  response: responseSchema.optional(),
});

const dayName = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);

const recurrenceSchema = z.strictObject({
  pattern: z.enum(['weekly', 'daily']),
  /** Weekly only; defaults to the weekday of the first occurrence. */
  daysOfWeek: z.array(dayName).min(1).optional(),
  /** Number of occurrences in the series (counted before exceptions). */
  count: z.number().int().min(1).max(500),
  exceptions: z
    .array(
      z.strictObject({
        /** 0-based index of the occurrence in the series. */
        occurrence: z.number().int().min(0),
        start: specTimeSchema.optional(),
        durationMinutes: z.number().int().min(1).optional(),
        subject: z.string().optional(),
        /** A deleted occurrence disappears from calendarView, as in Outlook. */
        deleted: z.boolean().optional(),
      }),
    )
    .optional(),
});

const eventSchema = z
  .strictObject({
    /** Stable key for the event id; defaults to the subject and position. */
    key: z.string().min(1).optional(),
    subject: z.string(),
    /**
     * Whose calendar the event is in (an address); defaults to the signed-in user. The owner is
     * its organiser unless `organizer` says otherwise, and is otherwise placed among the attendees.
     */
    calendarOf: email.optional(),
    start: specTimeSchema,
    end: specTimeSchema.optional(),
    durationMinutes: z.number().int().min(1).optional(),
    isAllDay: z.boolean().optional(),
    organizer: personSchema.optional(),
    attendees: z.array(attendeeSchema).optional(),
    isCancelled: z.boolean().optional(),
    myResponse: responseSchema.optional(),
    showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
    sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
    importance: z.enum(['low', 'normal', 'high']).optional(),
    location: z.string().optional(),
    bodyHtml: z.string().optional(),
    categories: z.array(z.string()).optional(),
    isOnlineMeeting: z.boolean().optional(),
    /** Windows or IANA name; the wall-clock times are read in this zone when set. */
    originalStartTimeZone: z.string().optional(),
    recurrence: recurrenceSchema.optional(),
  })
  .refine((event) => !(event.end !== undefined && event.durationMinutes !== undefined), {
    message: 'give either end or durationMinutes, not both',
    path: ['end'],
  });

/**
 * How much of a calendar someone sees, as Exchange's sharing levels name them (Outlook: "Can view
 * when I'm busy", "Can view titles and locations", "Can view all details"; Graph's calendarRoleType
 * freeBusyRead, limitedRead, read).
 */
export const calendarSharingLevel = z.enum(['none', 'freeBusy', 'limited', 'read']);

/** Who sees the user's calendar: the organisation at one level, named colleagues at their own. */
const calendarSharingSchema = z.strictObject({
  /** Everyone else in the organisation; Exchange's default is free/busy (`freeBusy`). */
  organisation: calendarSharingLevel.optional(),
  /** Colleagues by address, each at the level shared with them (overrides `organisation`). */
  people: z.record(email, calendarSharingLevel).optional(),
});

const userSchema = z.strictObject({
  id: z.string().min(1).optional(),
  displayName: z.string().min(1),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  mail: email,
  userPrincipalName: email.optional(),
  jobTitle: z.string().optional(),
  department: z.string().optional(),
  officeLocation: z.string().optional(),
  businessPhones: z.array(z.string()).optional(),
  mobilePhone: z.string().optional(),
  calendarSharing: calendarSharingSchema.optional(),
});

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const columnSchema = z.strictObject({
  /** Internal name, as `fields` and `$filter` use it. */
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a SharePoint internal column name'),
  type: z.enum(['text', 'note', 'dateTime', 'number', 'boolean']),
  indexed: z.boolean().optional(),
  /** Unique values are enforced on create and update, as SharePoint does (implies indexed). */
  unique: z.boolean().optional(),
});

const listItemSchema = z.strictObject({
  /** Defaults to the item's 1-based position, as SharePoint numbers items. */
  id: z.string().regex(/^\d+$/, 'expected a numeric item id').optional(),
  fields: z.record(z.string(), fieldValue),
  created: absoluteTime.optional(),
  modified: absoluteTime.optional(),
  /** Address of the user who created the item; defaults to the signed-in user. */
  createdBy: email.optional(),
});

const listSchema = z.strictObject({
  /** Internal name, used in URLs: `/sites/{site-id}/lists/{name}`. */
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected a list name of letters and digits'),
  displayName: z.string().min(1).optional(),
  description: z.string().optional(),
  /** `Title` exists on every list and need not be declared. */
  columns: z.array(columnSchema),
  items: z.array(listItemSchema),
});

const siteSchema = z.strictObject({
  /** e.g. `northwind.sharepoint.com` */
  hostname: z.string().min(1),
  /** Server-relative path, e.g. `/sites/comms`. */
  path: z.string().regex(/^\/[^\s]*$/, 'expected a server-relative path such as "/sites/comms"'),
  displayName: z.string().min(1),
  description: z.string().optional(),
  lists: z.array(listSchema),
});

const teamSchema = z.strictObject({
  /** Defaults to a GUID derived from the team's site; the team's id is its Microsoft 365 group's id. */
  id: z
    .string()
    .regex(/^[0-9a-f-]{36}$/i, 'expected a GUID')
    .optional(),
  displayName: z.string().min(1),
  description: z.string().optional(),
  /** The team's SharePoint site (`GET /groups/{id}/sites/root`): one of `sites`, by host and path. */
  site: z.strictObject({ hostname: z.string().min(1), path: z.string().regex(/^\/[^\s]*$/) }),
  /** Addresses of the team's members: `GET /me/joinedTeams` lists the team for each of them. */
  members: z.array(email).min(1),
});

const messageSchema = z.strictObject({
  subject: z.string(),
  from: personSchema,
  to: z.array(personSchema).min(1),
  cc: z.array(personSchema).optional(),
  /** When it was sent (and received). */
  sent: specTimeSchema,
  /** Plain text; Home Turf never reads bodies, but the tenant serves them like Graph does. */
  bodyPreview: z.string().optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  isRead: z.boolean().optional(),
  /** Messages sharing a conversation key share a conversationId. */
  conversation: z.string().optional(),
});

const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a GUID');

/** A delegated permission's name as Microsoft writes it, e.g. `User.Read` or `Calendars.Read.Shared`. */
const permission = z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)+$/, 'expected a permission such as "User.Read"');

/** A redirect URI: absolute https (http only on localhost), or `{origin}/path` on the tenant's own origin. */
const redirectUri = z
  .string()
  .regex(
    /^(\{origin\}\/\S*|https:\/\/\S+|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*)$/,
    'expected an https URI, or "{origin}/page.html" for a page the demo tenant serves',
  );

/** An app registration (Entra ID's single-page application platform). */
const applicationSchema = z.strictObject({
  displayName: z.string().min(1),
  /** Application (client) id. */
  clientId: guid,
  /** Redirect URIs of the SPA platform; their origins may call the token endpoint (CORS). */
  spaRedirectUris: z.array(redirectUri).min(1),
  /** Delegated Microsoft Graph permissions an administrator granted for the organisation. */
  adminConsent: z.array(permission).optional(),
});

/** Zod schema of a tenant file. */
export const tenantSpecSchema = z
  .strictObject({
    organisation: z.strictObject({
      displayName: z.string().min(1),
      domains: z.array(z.string().min(1)).min(1),
      /** The directory (tenant) id tokens carry as `tid`; defaults to one derived from the first domain. */
      tenantId: guid.optional(),
    }),
    /** App registrations that may sign users in through the tenant's authority. */
    applications: z.array(applicationSchema).optional(),
    /** IANA zone; event wall-clock times without an offset are read in it. */
    timeZone: z.string().min(1),
    /** UPN (or mail) of the user the demo signs in as. */
    signedInUser: email,
    users: z.array(userSchema).min(1),
    events: z.array(eventSchema),
    /** SharePoint sites with their lists (the team store lives in one of them). */
    sites: z.array(siteSchema).optional(),
    /** Teams in Microsoft Teams, each a Microsoft 365 group with a SharePoint site among `sites`. */
    teams: z.array(teamSchema).optional(),
    /** Mail in the signed-in user's mailbox (sent and received). */
    messages: z.array(messageSchema).optional(),
    /** For tests: JSON written over matching answers, shapes the model never produces (raw-overrides.ts). */
    rawOverrides: z.array(rawOverrideSchema).optional(),
    /** How SharePoint behaves where a test needs it otherwise (docs/demo-tenant.md). */
    sharePoint: z
      .strictObject({
        /** Items past which a list refuses queries that are not on an index (SharePoint's 5,000). */
        listViewThreshold: z.number().int().min(1).max(5000).optional(),
        /**
         * Whether a list created with inline column definitions keeps their `indexed` (and so
         * `enforceUniqueValues`): Microsoft does not document it; `dropped` plays the worse case.
         */
        inlineColumnIndexes: z.enum(['kept', 'dropped']).optional(),
      })
      .optional(),
  })
  .superRefine((spec, ctx) => {
    const known = new Set(
      spec.users.flatMap((u) => [u.mail.toLowerCase(), (u.userPrincipalName ?? u.mail).toLowerCase()]),
    );
    if (!known.has(spec.signedInUser.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedInUser'],
        message: `no user has the address ${spec.signedInUser}`,
      });
    }
  });

/** A demo tenant as its JSON file describes it. */
export type TenantSpec = z.infer<typeof tenantSpecSchema>;
/** One event entry of a tenant file. */
export type SpecEvent = TenantSpec['events'][number];
/** One user entry of a tenant file. */
export type SpecUser = TenantSpec['users'][number];
/** One SharePoint site of a tenant file. */
export type SpecSite = NonNullable<TenantSpec['sites']>[number];
/** One list of a site. */
export type SpecList = SpecSite['lists'][number];
/** One list item; `fields` maps internal column names to values. */
export type SpecListItem = SpecList['items'][number];
/** One team (a Microsoft 365 group with a team site). */
export type SpecTeam = NonNullable<TenantSpec['teams']>[number];
/** One app registration of a tenant file. */
export type SpecApplication = NonNullable<TenantSpec['applications']>[number];
/** One message in the signed-in user's mailbox. */
export type SpecMessage = NonNullable<TenantSpec['messages']>[number];
/** A start or end time in a tenant file. */
export type SpecTime = z.infer<typeof specTimeSchema>;

/** Renders a zod path as a JSON path: `$.events[3].start`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/** Thrown when a tenant file does not match the format; the message lists every issue by JSON path. */
export class TenantSpecError extends Error {
  override readonly name = 'TenantSpecError';
  constructor(readonly issues: ReadonlyArray<string>) {
    super(`Invalid tenant: ${issues.join('; ')}`);
  }
}

/** Validates unknown JSON as a tenant, throwing TenantSpecError with readable issues. */
export function parseTenantSpec(json: unknown): TenantSpec {
  const result = tenantSpecSchema.safeParse(json);
  if (result.success) return result.data;
  throw new TenantSpecError(result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`));
}
