/** One stored field's value, as the team store's lists hold them. */
export type StoreValue = string | number | boolean | null;

export type StoreFields = Readonly<Record<string, StoreValue>>;

/** A field both sides changed, to different values: a person chooses. */
export type FieldConflict = { field: string; mine: StoreValue; theirs: StoreValue };

export type FieldMerge = {
  /** Their version plus every change of ours that does not clash; on a clash, their value. */
  merged: Record<string, StoreValue>;
  conflicts: FieldConflict[];
};

/** SharePoint leaves an emptied text column out of an item, so "" and no value are the same. */
function same(a: StoreValue | undefined, b: StoreValue | undefined): boolean {
  const blank = (v: StoreValue | undefined) => v === undefined || v === null || v === '';
  return a === b || (blank(a) && blank(b));
}

/**
 * Three-way merge of a list item's fields after a concurrent save (the store answered 412), field
 * by field: a field only we changed takes our value, a field only they changed keeps theirs, a field
 * both changed to the same value is agreed, and one both changed differently is a conflict. Until
 * someone chooses, a conflict keeps their value: nothing already saved is overwritten silently.
 * Only the fields in `mine` are ours to merge; everything else in `theirs` stays as it is.
 */
export function mergeFields(base: StoreFields, mine: StoreFields, theirs: StoreFields): FieldMerge {
  const merged: Record<string, StoreValue> = { ...theirs };
  const conflicts: FieldConflict[] = [];
  for (const [field, m] of Object.entries(mine)) {
    const b = base[field];
    const t = theirs[field] ?? null;
    if (same(m, b) || same(m, t)) continue;
    if (same(t, b)) {
      merged[field] = m;
      continue;
    }
    conflicts.push({ field, mine: m, theirs: t });
  }
  return { merged, conflicts };
}

/** Only the fields `mine` changed from `base`: what a PATCH sends, so it touches nothing else. */
export function changedFields(base: StoreFields, mine: StoreFields): Record<string, StoreValue> {
  return Object.fromEntries(Object.entries(mine).filter(([field, value]) => !same(base[field], value)));
}
