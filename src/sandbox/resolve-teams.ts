import { guidFrom, siteIdFrom } from './ids';
import type { ResolveContext } from './resolve-time';
import type { SiteRecord, TeamRecord } from './tenant-model';
import { TenantSpecError, type SpecTeam } from './tenant-spec';

/**
 * Resolves the spec's teams: each is a Microsoft 365 group whose root site is one of the tenant's
 * sites, and whose members are directory users. A team's id defaults to a GUID derived from its
 * site, so it is the same every run.
 */
export function resolveTeams(
  teams: ReadonlyArray<SpecTeam>,
  sites: ReadonlyArray<SiteRecord>,
  ctx: ResolveContext,
): TeamRecord[] {
  const ids = new Set<string>();
  return teams.map((team, index) => {
    const path = `$.teams[${index}]`;
    const sitePath = team.site.path.replace(/\/+$/, '') || '/';
    const siteId = siteIdFrom(team.site.hostname, sitePath);
    if (!sites.some((site) => site.id === siteId)) {
      throw new TenantSpecError([`${path}.site: no site at ${team.site.hostname}${sitePath}`]);
    }
    const id = (team.id ?? guidFrom(`team:${siteId}`)).toLowerCase();
    if (ids.has(id)) throw new TenantSpecError([`${path}: another team has the same id or site`]);
    ids.add(id);
    const memberIds = team.members.map((address, memberIndex) => {
      const user = ctx.directory.get(address.toLowerCase());
      if (!user) {
        throw new TenantSpecError([`${path}.members[${memberIndex}]: no user has the address ${address}`]);
      }
      return user.id;
    });
    return {
      id,
      displayName: team.displayName,
      description: team.description ?? '',
      siteId,
      memberIds: [...new Set(memberIds)],
    };
  });
}
