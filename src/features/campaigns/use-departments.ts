import { useMemo } from 'react';
import { toClientProfile } from '../../graph/store/map-store';
import { useStoreRecords } from '../use-store-records';

/**
 * The departments the team's clients are in (from the directory, as their profiles hold it),
 * sorted: who can run a campaign and who it can reach. Null while loading.
 */
export function useClientDepartments(): { departments: string[] | null; problem: string | null } {
  const clients = useStoreRecords('clients', toClientProfile);
  const departments = useMemo(() => {
    if (clients.records === null) return null;
    const names = clients.records.map((c) => c.department).filter((d): d is string => d !== undefined);
    return [...new Set(names)].sort((a, b) => a.localeCompare(b));
  }, [clients.records]);
  return { departments, problem: clients.problem };
}
