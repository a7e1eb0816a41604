import type { ClientProfile, DatedPriority } from './team-store';

/** A field both advisors changed, differently: the advisor chooses. */
export type ProfileConflict = {
  field: 'displayName' | 'department' | 'ownerEmail' | 'background';
  mine: string | undefined;
  theirs: string | undefined;
};

export type ProfileMerge = { merged: ClientProfile; conflicts: ProfileConflict[] };

const key = (text: string) => text.trim().toLowerCase();

/** theirs, plus what I added since base, minus what I removed since base. */
function mergeList<T>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  id: (t: T) => string,
): T[] {
  const inBase = new Set(base.map(id));
  const inMine = new Set(mine.map(id));
  const removedByMe = new Set([...inBase].filter((k) => !inMine.has(k)));
  const result = theirs.filter((t) => !removedByMe.has(id(t)));
  const present = new Set(result.map(id));
  for (const t of mine) {
    const k = id(t);
    if (!inBase.has(k) && !present.has(k)) {
      result.push(t);
      present.add(k);
    }
  }
  return result;
}

/**
 * Three-way merge of a client profile after a concurrent edit (the store answered 412): lists
 * (pressures, priorities, KPIs) merge by themselves — both advisors' additions and removals are
 * kept — and a single-valued field changed by both, to different values, is a conflict to show.
 * Until the advisor chooses, a conflict keeps their colleague's value: nothing already saved is
 * overwritten silently.
 */
export function mergeProfile(base: ClientProfile, mine: ClientProfile, theirs: ClientProfile): ProfileMerge {
  const conflicts: ProfileConflict[] = [];
  const scalar = (field: ProfileConflict['field']): string | undefined => {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    if (m === b || m === t) return t;
    if (t === b) return m;
    conflicts.push({ field, mine: m, theirs: t });
    return t;
  };
  const merged: ClientProfile = {
    ...theirs,
    pressures: mergeList(base.pressures, mine.pressures, theirs.pressures, key),
    priorities: mergeList<DatedPriority>(
      base.priorities,
      mine.priorities,
      theirs.priorities,
      (p) => `${key(p.text)}|${p.due ?? ''}`,
    ),
    evaluatedOn: mergeList(base.evaluatedOn, mine.evaluatedOn, theirs.evaluatedOn, key),
    sharedKpis: mergeList(base.sharedKpis, mine.sharedKpis, theirs.sharedKpis, key),
  };
  merged.displayName = scalar('displayName') ?? theirs.displayName;
  const { department: _d, ownerEmail: _o, background: _b, ...rest } = merged;
  const department = scalar('department');
  const ownerEmail = scalar('ownerEmail');
  const background = scalar('background');
  return {
    merged: {
      ...rest,
      ...(department === undefined ? {} : { department }),
      ...(ownerEmail === undefined ? {} : { ownerEmail }),
      ...(background === undefined ? {} : { background }),
    },
    conflicts,
  };
}
