import {
  filterRows,
  sortRows,
  type ClientRow,
  type ClientRowFilter,
  type ClientSortKey,
  type SortDirection,
} from '../../../src/domain/team-view';

/** A healthy row for a named client; the table tests state only the columns they sort or filter on. */
function row(name: string, overrides: Partial<ClientRow> = {}): ClientRow {
  return {
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@northwind.example`,
    name,
    department: 'HR',
    ownerEmail: 'maya.chen@northwind.example',
    ownerName: 'Maya Chen',
    lastContact: '2026-11-13',
    daysSinceContact: 7,
    lastUpdateSent: '2026-11-18',
    daysSinceUpdate: 2,
    updateStale: false,
    followUps: { oursOverdue: 0, theirsOverdue: 0, open: 0 },
    valueAdds90: 0,
    pulseTrend: [],
    nextMeeting: null,
    health: 'healthy',
    healthReasons: [],
    ...overrides,
  };
}

const rows: ClientRow[] = [
  row('Priya Shah', { health: 'slipping', lastContact: '2026-10-30', valueAdds90: 4 }),
  row('Grace Liu', {
    department: 'Marketing',
    ownerEmail: 'sofia.rossi@northwind.example',
    ownerName: 'Sofia Rossi',
    followUps: { oursOverdue: 1, theirsOverdue: 0, open: 2 },
    nextMeeting: {
      start: new Date('2026-11-24T10:00:00Z'),
      advisorName: 'Sofia Rossi',
      subject: 'Campaign review',
    },
  }),
  row('Raj Patel', {
    department: null,
    ownerEmail: null,
    ownerName: null,
    lastContact: null,
    daysSinceContact: null,
    health: 'at-risk',
    followUps: { oursOverdue: 0, theirsOverdue: 3, open: 3 },
  }),
  row('ana Lima', {
    department: 'Customer service',
    lastUpdateSent: null,
    daysSinceUpdate: null,
    valueAdds90: 1,
    nextMeeting: {
      start: new Date('2026-11-23T09:00:00Z'),
      advisorName: 'Maya Chen',
      subject: 'Service desk',
    },
  }),
  row('Client 10', { department: 'hr', valueAdds90: 4 }),
  row('Client 9', { valueAdds90: 4 }),
];

describe('sortRows', () => {
  it.each<{ key: ClientSortKey; direction: SortDirection; order: string[] }>([
    // Names sort as people read them: case aside, and numbers by value.
    {
      key: 'name',
      direction: 'asc',
      order: ['ana Lima', 'Client 9', 'Client 10', 'Grace Liu', 'Priya Shah', 'Raj Patel'],
    },
    {
      key: 'name',
      direction: 'desc',
      order: ['Raj Patel', 'Priya Shah', 'Grace Liu', 'Client 10', 'Client 9', 'ana Lima'],
    },
    // Empty values last both ways; ties by name.
    {
      key: 'department',
      direction: 'asc',
      order: ['ana Lima', 'Client 9', 'Client 10', 'Priya Shah', 'Grace Liu', 'Raj Patel'],
    },
    {
      key: 'department',
      direction: 'desc',
      order: ['Grace Liu', 'Client 9', 'Client 10', 'Priya Shah', 'ana Lima', 'Raj Patel'],
    },
    {
      key: 'owner',
      direction: 'asc',
      order: ['ana Lima', 'Client 9', 'Client 10', 'Priya Shah', 'Grace Liu', 'Raj Patel'],
    },
    {
      key: 'health',
      direction: 'desc',
      order: ['Raj Patel', 'Priya Shah', 'ana Lima', 'Client 9', 'Client 10', 'Grace Liu'],
    },
    {
      key: 'lastContact',
      direction: 'asc',
      order: ['Priya Shah', 'ana Lima', 'Client 9', 'Client 10', 'Grace Liu', 'Raj Patel'],
    },
    {
      key: 'daysSinceUpdate',
      direction: 'desc',
      order: ['Client 9', 'Client 10', 'Grace Liu', 'Priya Shah', 'Raj Patel', 'ana Lima'],
    },
    // Ours overdue outweigh theirs.
    {
      key: 'followUps',
      direction: 'desc',
      order: ['Grace Liu', 'Raj Patel', 'ana Lima', 'Client 9', 'Client 10', 'Priya Shah'],
    },
    {
      key: 'valueAdds90',
      direction: 'desc',
      order: ['Client 9', 'Client 10', 'Priya Shah', 'ana Lima', 'Grace Liu', 'Raj Patel'],
    },
    {
      key: 'nextMeeting',
      direction: 'asc',
      order: ['ana Lima', 'Grace Liu', 'Client 9', 'Client 10', 'Priya Shah', 'Raj Patel'],
    },
  ])('by $key $direction', ({ key, direction, order }) => {
    expect(sortRows(rows, key, direction).map((r) => r.name)).toEqual(order);
  });

  it('leaves the rows it was given in their order', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, 'name', 'desc');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});

describe('filterRows', () => {
  it.each<{ case: string; filter: ClientRowFilter; names: string[] }>([
    { case: 'nothing', filter: {}, names: rows.map((r) => r.name) },
    { case: 'blank text', filter: { text: '   ' }, names: rows.map((r) => r.name) },
    { case: 'part of a name, any case', filter: { text: 'LIMA' }, names: ['ana Lima'] },
    { case: 'part of a department', filter: { text: 'market' }, names: ['Grace Liu'] },
    { case: "the owner's name", filter: { text: 'sofia' }, names: ['Grace Liu'] },
    {
      case: 'a department, any case',
      filter: { department: 'HR' },
      names: ['Priya Shah', 'Client 10', 'Client 9'],
    },
    { case: 'no department', filter: { department: null }, names: ['Raj Patel'] },
    { case: 'an owner by address', filter: { owner: 'Sofia.Rossi@northwind.example' }, names: ['Grace Liu'] },
    { case: 'nobody owning', filter: { owner: null }, names: ['Raj Patel'] },
    { case: 'health', filter: { health: 'slipping' }, names: ['Priya Shah'] },
    {
      case: 'criteria together',
      filter: { text: 'client', department: 'hr', health: 'healthy' },
      names: ['Client 10', 'Client 9'],
    },
    { case: 'criteria nobody meets', filter: { text: 'grace', health: 'at-risk' }, names: [] },
    {
      case: 'everything left open',
      filter: { text: undefined, department: undefined, owner: undefined, health: undefined },
      names: rows.map((r) => r.name),
    },
  ])('by $case', ({ filter, names }) => {
    expect(filterRows(rows, filter).map((r) => r.name)).toEqual(names);
  });
});
