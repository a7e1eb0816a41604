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
  typographyStyles,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { filterRows, sortRows, type ClientRow, type ClientSortKey } from '../../domain/team-view';
import { formatDue } from '../../domain/talking-points';
import { useNarrow } from '../../ui/use-narrow';
import { useSession } from '../session';
import { PulseSparkline } from './pulse-sparkline';
import { TeamSection, useTeamStyles } from './section';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  filter: { flexGrow: 1, minWidth: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  cardHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  health: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  reasons: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
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
  const narrow = useNarrow();
  const date = (d: string | null) => (d === null ? '—' : formatDue(d, host.locale));
  const lastUpdate = (r: ClientRow) => (
    <span className={r.updateStale ? team.bad : undefined}>
      {r.daysSinceUpdate === null ? 'never' : `${r.daysSinceUpdate} days ago`}
      {r.updateStale && r.daysSinceUpdate !== null && r.daysSinceUpdate <= 14 ? ' · an older item waits' : ''}
    </span>
  );
  const followUps = (r: ClientRow) => (
    <>
      {r.followUps.oursOverdue > 0 && <span className={team.bad}>ours {r.followUps.oursOverdue}</span>}
      {r.followUps.oursOverdue > 0 && r.followUps.theirsOverdue > 0 ? ' · ' : ''}
      {r.followUps.theirsOverdue > 0 && `theirs ${r.followUps.theirsOverdue}`}
      {r.followUps.oursOverdue + r.followUps.theirsOverdue === 0 && '—'}
    </>
  );
  const nextMeeting = (r: ClientRow) =>
    r.nextMeeting === null ? '—' : `${formatShort(r.nextMeeting.start, host)} · ${r.nextMeeting.advisorName}`;
  const visible = all ? shown : shown.slice(0, FIRST_ROWS);
  return (
    <TeamSection title="Clients" actions={actions}>
      <div className={styles.filters}>
        <Input
          className={styles.filter}
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
        {narrow && (
          <Select
            aria-label="Sort clients by"
            value={`${sort.key} ${sort.direction}`}
            onChange={(_, d) => {
              const [key, direction] = d.value.split(' ') as [ClientSortKey, 'ascending' | 'descending'];
              setSort({ key, direction });
            }}
          >
            {COLUMNS.map((c) => (
              <option key={c.key} value={`${c.key} ${c.key === 'health' ? 'descending' : 'ascending'}`}>
                Sort by {c.label.toLowerCase()}
              </option>
            ))}
          </Select>
        )}
      </div>
      {narrow ? (
        <ul aria-label="Clients" className={team.list}>
          {visible.map((r) => (
            <li key={r.email} aria-label={r.name} className={styles.card}>
              <div className={styles.cardHead}>
                <span className={styles.name}>{r.name}</span>
                <Badge appearance="tint" color={HEALTH[r.health].color}>
                  {HEALTH[r.health].label}
                </Badge>
              </div>
              <span className={team.muted}>
                {r.department ?? 'No department'} · {r.ownerName ?? 'no owner'}
              </span>
              {r.healthReasons.length > 0 && <span>{r.healthReasons.join('; ')}</span>}
              <dl className={styles.facts}>
                <dt className={styles.term}>Last contact</dt>
                <dd className={styles.value}>{date(r.lastContact)}</dd>
                <dt className={styles.term}>Last update</dt>
                <dd className={styles.value}>{lastUpdate(r)}</dd>
                <dt className={styles.term}>Overdue</dt>
                <dd className={styles.value}>{followUps(r)}</dd>
                <dt className={styles.term}>Value-adds</dt>
                <dd className={styles.value}>{r.valueAdds90} in 90 days</dd>
                <dt className={styles.term}>Next meeting</dt>
                <dd className={styles.value}>{nextMeeting(r)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      ) : (
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
                        direction:
                          s.key === c.key && s.direction === 'ascending' ? 'descending' : 'ascending',
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
              {visible.map((r) => (
                <TableRow key={r.email}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.department ?? '—'}</TableCell>
                  <TableCell>{r.ownerName ?? '—'}</TableCell>
                  <TableCell>{date(r.lastContact)}</TableCell>
                  <TableCell>{lastUpdate(r)}</TableCell>
                  <TableCell>{followUps(r)}</TableCell>
                  <TableCell>{r.valueAdds90}</TableCell>
                  <TableCell>
                    <div className={styles.health}>
                      <Badge appearance="tint" color={HEALTH[r.health].color}>
                        {HEALTH[r.health].label}
                      </Badge>
                      {r.healthReasons.length > 0 && (
                        <span className={styles.reasons}>{r.healthReasons.join('; ')}</span>
                      )}
                    </div>
                  </TableCell>
                  <TableCell>{nextMeeting(r)}</TableCell>
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
      )}
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
