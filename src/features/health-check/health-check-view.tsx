import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { HealthRow, HealthStatus } from './health-row';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { flexGrow: 1, minWidth: 0, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  todoTitle: { fontWeight: tokens.fontWeightSemibold },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUS = {
  pass: { label: 'Pass', color: 'success' },
  warning: { label: 'Warning', color: 'warning' },
  fail: { label: 'Fail', color: 'danger' },
} as const satisfies Record<HealthStatus, { label: string; color: string }>;

/** How many rows came out each way, e.g. "9 pass, 2 warnings, 1 fails". */
export function healthTally(rows: readonly HealthRow[]): string {
  const count = (status: HealthStatus) => rows.filter((r) => r.status === status).length;
  const warnings = count('warning');
  return `${count('pass')} pass, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${count('fail')} failed`;
}

/**
 * The health check's rows, one card each: the status as a word (never colour alone, for high
 * contrast), what was found, what was looked at and, for each problem, what to do.
 * One column at every width.
 */
export function HealthCheckView({ rows }: { rows: readonly HealthRow[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Health check results">
      {rows.map((r) => {
        const status = STATUS[r.status];
        return (
          <li key={r.id} className={styles.row} aria-label={`${r.title}: ${status.label}`}>
            <div className={styles.head}>
              <Subtitle2 as="h3" className={styles.title}>
                {r.title}
              </Subtitle2>
              <Badge appearance="filled" color={status.color}>
                {status.label}
              </Badge>
            </div>
            <Body1>{r.summary}</Body1>
            {r.todo.length > 0 && (
              <div>
                <Body1 className={styles.todoTitle}>What to do</Body1>
                <ul className={styles.lines}>
                  {r.todo.map((line) => (
                    <li key={line}>
                      <Body1>{line}</Body1>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {r.details.length > 0 && (
              <ul className={styles.lines} aria-label={`${r.title}: details`}>
                {r.details.map((line) => (
                  <li key={line}>
                    <Caption1 className={styles.muted}>{line}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
