import type { ClientProfile } from '../../domain/team-store';
import type { FieldValues } from './list-item-writes';

/** A client profile as HomeTurfClients columns (docs/team-store.md): lists as JSON text. */
export function clientFields(profile: ClientProfile): FieldValues {
  return {
    Title: profile.displayName,
    ClientEmail: profile.email.toLowerCase(),
    Department: profile.department ?? '',
    OwnerEmail: profile.ownerEmail?.toLowerCase() ?? '',
    Pressures: JSON.stringify(profile.pressures),
    Priorities: JSON.stringify(profile.priorities),
    EvaluatedOn: JSON.stringify(profile.evaluatedOn),
    SharedKpis: JSON.stringify(profile.sharedKpis),
    Background: profile.background ?? '',
  };
}
