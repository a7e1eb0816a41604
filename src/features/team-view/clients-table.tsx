import {
  Badge,
  Button,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { filterRows, sortRows, type ClientRow, type ClientSortKey } from '../../domain/team-view';
import { formatDue } from '../../domain/talking-points';
import { useSession } from '../session';
import { PulseSparkline } from './pulse-sparkline';
import { TeamSection, useTeamStyles } from './section';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Rows shown before "Show all": a screenful, in the chosen order. */
const FIRST_ROWS = 40;

const HEALTH = {
  healthy: { label: 'Healthy', color: 'success' },
  slipping: { label: 'Slipping', color: 'warning' },
  'at-risk': { label: 'At risk', color: 'danger' },
} as const;

const COLUMNS: { key: ClientSortKey; label: string }[] = [
  { key: 'name', label: 'Client' },
  { key: 'department', label: 'Department' },
  { key: 'owner', label: 'Owner' },
  { key: 'lastContact', label: 'Last contact' },
  { key: 'lastUpdateSent', label: 'Last update' },
  { key: 'followUps', label: 'Follow-ups overdue' },
  { key: 'valueAdds90', label: 'Value-adds (90 days)' },
  { key: 'health', label: 'Health' },
  { key: 'nextMeeting', label: 'Next meeting' },
];

/** Every client relationship at a glance: sortable by any column, filterable, slipping ones flagged. */
export function ClientsTable({ rows, actions }: { rows: readonly ClientRow[]; actions?: React.ReactNode }) {
  const { host } = useSession();
  const styles = useStyles();
  const team = useTeamStyles();
  const [sort, setSort] = useState<{ key: ClientSortKey; direction: 'ascending' | 'descending' }>({
    key: 'health',
    direction: 'descending',
  });
  const [text, setText] = useState('');
  const [health, setHealth] = useState('');
  // The first rows in the chosen order say what matters; the rest render when asked for.
  const [all, setAll] = useState(false);
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, { text, ...(health === '' ? {} : { health: health as ClientRow['health'] }) }),
        sort.key,
        sort.direction === 'ascending' ? 'asc' : 'desc',
      ),
    [rows, text, health, sort],
  );
  const date = (d: string | null) => (d === null ? '—' : formatDue(d, host.locale));
  return (
    <TeamSection title="Clients" actions={actions}>
      <div className={styles.filters}>
        <Input
          aria-label="Filter clients"
          placeholder="Filter by name, department or owner"
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
        <Select aria-label="Health" value={health} onChange={(_, d) => setHealth(d.value)}>
          <option value="">All relationships</option>
          <option value="at-risk">At risk</option>
          <option value="slipping">Slipping</option>
          <option value="healthy">Healthy</option>
        </Select>
      </div>
      <div className={team.scroll}>
        <Table aria-label="Clients" size="small" sortable>
          <TableHeader>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableHeaderCell
                  key={c.key}
                  {...(sort.key === c.key ? { sortDirection: sort.direction } : {})}
                  onClick={() => {
                    setSort((s) => ({
                      key: c.key,
                      direction: s.key === c.key && s.direction === 'ascending' ? 'descending' : 'ascending',
                    }));
                  }}
                >
                  {c.label}
                </TableHeaderCell>
              ))}
              <TableHeaderCell>Pulse</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(all ? shown : shown.slice(0, FIRST_ROWS)).map((r) => (
              <TableRow key={r.email}>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.department ?? '—'}</TableCell>
                <TableCell>{r.ownerName ?? '—'}</TableCell>
                <TableCell>{date(r.lastContact)}</TableCell>
                <TableCell>
                  <span className={r.updateStale ? team.bad : undefined}>
                    {r.daysSinceUpdate === null ? 'never' : `${r.daysSinceUpdate} days ago`}
                    {r.updateStale && r.daysSinceUpdate !== null && r.daysSinceUpdate <= 14
                      ? ' · an older item waits'
                      : ''}
                  </span>
                </TableCell>
                <TableCell>
                  {r.followUps.oursOverdue > 0 && (
                    <span className={team.bad}>ours {r.followUps.oursOverdue}</span>
                  )}
                  {r.followUps.oursOverdue > 0 && r.followUps.theirsOverdue > 0 ? ' · ' : ''}
                  {r.followUps.theirsOverdue > 0 && `theirs ${r.followUps.theirsOverdue}`}
                  {r.followUps.oursOverdue + r.followUps.theirsOverdue === 0 && '—'}
                </TableCell>
                <TableCell>{r.valueAdds90}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={HEALTH[r.health].color} title={r.healthReasons.join('; ')}>
                    {HEALTH[r.health].label}
                  </Badge>
                </TableCell>
                <TableCell>
                  {r.nextMeeting === null
                    ? '—'
                    : `${formatShort(r.nextMeeting.start, host)} · ${r.nextMeeting.advisorName}`}
                </TableCell>
                <TableCell>
                  {r.pulseTrend.length > 1 ? (
                    <PulseSparkline name={r.name} values={r.pulseTrend} />
                  ) : (
                    (r.pulseTrend[0] ?? '—')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {!all && shown.length > FIRST_ROWS && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          Show all {shown.length} clients
        </Button>
      )}
    </TeamSection>
  );
}

function formatShort(d: Date, host: { locale: string; timeZone: string }): string {
  return new Intl.DateTimeFormat(host.locale, {
    timeZone: host.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(d);
}
