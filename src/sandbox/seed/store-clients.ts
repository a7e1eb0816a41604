import type { SpecListItem } from '../tenant-spec';
import { COMMS_TEAM_UPNS } from './constants';
import { seedUsers, upnOf } from './directory';
import { HR_MARKETING_CLIENTS } from './store-clients-hr-marketing';
import { OPS_SERVICE_CLIENTS } from './store-clients-ops-service';
import { PRODUCT_FINANCE_IT_CLIENTS } from './store-clients-product-finance-it';
import type { StoreClock } from './store-dates';
import type { ClientProfile } from './store-types';

/**
 * HomeTurfClients and HomeTurfFileItems: every internal client but one has a profile written by
 * their relationship owner, and most have open work on their file with the last update sent.
 */

/** Every seeded client profile, department by department. */
export const CLIENT_PROFILES: ReadonlyArray<ClientProfile> = [
  ...HR_MARKETING_CLIENTS,
  ...OPS_SERVICE_CLIENTS,
  ...PRODUCT_FINANCE_IT_CLIENTS,
];

/** The time of day an update went out, varied by position so the file does not look machine-made. */
const UPDATE_TIMES = ['09:40', '11:15', '14:05', '16:30', '10:20', '15:45', '12:10'];

/** The directory department of a seeded person by display name. */
export function departmentOf(name: string): string {
  const department = seedUsers().find((u) => u.displayName === name)?.department;
  if (department === undefined) throw new Error(`No department for seeded client ${name}`);
  return department;
}

function commsUpn(name: string): string {
  const upn = upnOf(name);
  if (!COMMS_TEAM_UPNS.includes(upn)) throw new Error(`${name} is not in the comms team`);
  return upn;
}

/** Checks what the data files cannot express in types: shared KPIs are KPIs, owners are advisors. */
function checkProfile(profile: ClientProfile): void {
  const stray = profile.shared.filter((kpi) => !profile.kpis.includes(kpi));
  if (stray.length > 0)
    throw new Error(`${profile.name}: shared KPIs not in EvaluatedOn: ${stray.join(', ')}`);
  commsUpn(profile.owner);
}

/** The profile of a seeded client by display name (throws when there is none). */
export function profileOf(name: string): ClientProfile {
  const profile = CLIENT_PROFILES.find((p) => p.name === name);
  if (!profile) throw new Error(`No client profile for ${name}`);
  return profile;
}

/** The profile of a client by address, if they have one. */
export function profileByAddress(address: string): ClientProfile | undefined {
  return CLIENT_PROFILES.find((p) => upnOf(p.name) === address.toLowerCase());
}

/** HomeTurfClients items, one per profile. */
export function clientItems(clock: StoreClock): SpecListItem[] {
  return CLIENT_PROFILES.map((profile, index) => {
    checkProfile(profile);
    return {
      id: String(index + 1),
      createdBy: commsUpn(profile.owner),
      fields: {
        Title: profile.name,
        ClientEmail: upnOf(profile.name),
        Department: departmentOf(profile.name),
        OwnerEmail: commsUpn(profile.owner),
        Pressures: JSON.stringify(profile.pressures),
        Priorities: JSON.stringify(
          profile.priorities.map(([text, due]) => ({ text, due: due === null ? null : clock.date(due) })),
        ),
        EvaluatedOn: JSON.stringify(profile.kpis),
        SharedKpis: JSON.stringify(profile.shared),
        Background: profile.background,
      },
    };
  });
}

/** HomeTurfFileItems items: the work on each client's file, done by the owner unless named. */
export function fileItems(clock: StoreClock): SpecListItem[] {
  const items: SpecListItem[] = [];
  for (const profile of CLIENT_PROFILES) {
    for (const [title, status, lastDaysAgo, nextInDays, doer] of profile.file) {
      const owner = commsUpn(doer ?? profile.owner);
      const time = UPDATE_TIMES[items.length % UPDATE_TIMES.length] ?? '10:00';
      items.push({
        id: String(items.length + 1),
        createdBy: owner,
        fields: {
          Title: title,
          ClientEmail: upnOf(profile.name),
          Status: status,
          OwnerEmail: owner,
          LastUpdateSent: lastDaysAgo === null ? null : clock.at(-lastDaysAgo, time),
          NextUpdateDue: nextInDays === null ? null : clock.midnight(nextInDays),
        },
      });
    }
  }
  return items;
}
