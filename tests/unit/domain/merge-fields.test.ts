import { changedFields, mergeFields, type StoreFields } from '../../../src/domain/merge-fields';

/** A file item as loaded: the base both advisors started from. */
const base: StoreFields = {
  Title: 'Intranet refresh: launch story',
  Status: 'In progress',
  OwnerEmail: 'maya.chen@northwind.example',
  NextUpdateDue: '2026-12-01T00:00:00Z',
};

describe('mergeFields', () => {
  it.each<{ case: string; mine: StoreFields; theirs: StoreFields; merged: StoreFields; clashes: string[] }>([
    {
      case: 'a field only we changed takes ours',
      mine: { ...base, Status: 'Done' },
      theirs: base,
      merged: { ...base, Status: 'Done' },
      clashes: [],
    },
    {
      case: 'a field only they changed keeps theirs',
      mine: base,
      theirs: { ...base, Title: 'Intranet refresh: launch film' },
      merged: { ...base, Title: 'Intranet refresh: launch film' },
      clashes: [],
    },
    {
      case: 'different fields changed on each side both land',
      mine: { ...base, Status: 'Done' },
      theirs: { ...base, NextUpdateDue: '2026-12-08T00:00:00Z' },
      merged: { ...base, Status: 'Done', NextUpdateDue: '2026-12-08T00:00:00Z' },
      clashes: [],
    },
    {
      case: 'the same change on both sides is agreed, not a clash',
      mine: { ...base, Status: 'Done' },
      theirs: { ...base, Status: 'Done' },
      merged: { ...base, Status: 'Done' },
      clashes: [],
    },
    {
      case: 'one field changed differently on both sides is a clash, theirs kept meanwhile',
      mine: { ...base, Status: 'Done' },
      theirs: { ...base, Status: 'Waiting on client' },
      merged: { ...base, Status: 'Waiting on client' },
      clashes: ['Status'],
    },
    {
      case: 'a date we cleared while they left it is cleared',
      mine: { ...base, NextUpdateDue: null },
      theirs: base,
      merged: { ...base, NextUpdateDue: null },
      clashes: [],
    },
    {
      case: 'an emptied text left out of their item is the same as ours emptied',
      mine: { ...base, OwnerEmail: '' },
      theirs: { ...base, OwnerEmail: null },
      merged: { ...base, OwnerEmail: null },
      clashes: [],
    },
    {
      case: 'columns we never touched stay as they are',
      mine: { Status: 'Done' },
      theirs: { ...base, LastUpdateSent: '2026-11-20T00:00:00Z' },
      merged: { ...base, Status: 'Done', LastUpdateSent: '2026-11-20T00:00:00Z' },
      clashes: [],
    },
    {
      case: 'booleans merge like any value',
      mine: { ...base, Retired: true },
      theirs: { ...base, Retired: false },
      merged: { ...base, Retired: true },
      clashes: [],
    },
  ])('$case', ({ mine, theirs, merged, clashes }) => {
    const result = mergeFields({ ...base, Retired: false }, mine, theirs);
    expect(result.merged).toEqual(merged);
    expect(result.conflicts.map((c) => c.field)).toEqual(clashes);
  });

  it('names both values of a clash, so the advisor can choose', () => {
    const { conflicts } = mergeFields(
      base,
      { ...base, Title: 'Ours', Status: 'Done' },
      { ...base, Title: 'Theirs', Status: 'Not started' },
    );
    expect(conflicts).toEqual([
      { field: 'Title', mine: 'Ours', theirs: 'Theirs' },
      { field: 'Status', mine: 'Done', theirs: 'Not started' },
    ]);
  });
});

describe('changedFields', () => {
  it.each<{ case: string; mine: StoreFields; changed: StoreFields }>([
    { case: 'nothing changed sends nothing', mine: base, changed: {} },
    {
      case: 'one change sends that column only',
      mine: { ...base, Status: 'Done' },
      changed: { Status: 'Done' },
    },
    {
      case: 'a cleared date is sent as null',
      mine: { ...base, NextUpdateDue: null },
      changed: { NextUpdateDue: null },
    },
    { case: 'a new column is sent', mine: { ...base, Retired: true }, changed: { Retired: true } },
    { case: 'empty and absent are the same', mine: { ...base, Source: '' }, changed: {} },
  ])('$case', ({ mine, changed }) => {
    expect(changedFields(base, mine)).toEqual(changed);
  });
});
