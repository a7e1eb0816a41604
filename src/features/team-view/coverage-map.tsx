import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Coverage } from '../../domain/team-view';
import { formatDue } from '../../domain/talking-points';
import { useSession } from '../session';
import { TeamSection, useTeamStyles } from './section';

const useStyles = makeStyles({
  grid: { borderCollapse: 'separate', borderSpacing: '3px' },
  rowHead: {
    textAlign: 'left',
    paddingRight: tokens.spacingHorizontalM,
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { minWidth: '36px', height: '28px', padding: 0 },
});

/** Contact intensity as a colour step, from none (a warning tint) to a lot (the brand colour). */
function shade(contacts: number): { backgroundColor: string; color: string } {
  if (contacts === 0)
    return { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorNeutralForeground1 };
  if (contacts === 1)
    return { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 };
  if (contacts <= 3)
    return {
      backgroundColor: tokens.colorBrandBackgroundInvertedSelected,
      color: tokens.colorNeutralForeground1,
    };
  return { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand };
}

/**
 * Departments × weeks, coloured by contact: a department no one has talked to stands out. A cell
 * is a button; choosing it lists the clients behind it.
 */
export function CoverageMap({ coverage, names }: { coverage: Coverage; names: ReadonlyMap<string, string> }) {
  const { host } = useSession();
  const styles = useStyles();
  const team = useTeamStyles();
  const [picked, setPicked] = useState<{ department: string; week: string; clients: string[] } | null>(null);
  const cellOf = (department: string, week: string) =>
    coverage.cells.find((c) => c.department === department && c.week === week) ?? {
      department,
      week,
      contacts: 0,
      clients: [],
    };
  return (
    <TeamSection title="Coverage">
      {coverage.uncovered.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No contact lately:{' '}
            {coverage.uncovered
              .map(
                (u) =>
                  `${u.department} (${u.weeksWithoutContact === null ? 'never' : `${u.weeksWithoutContact} weeks`})`,
              )
              .join(', ')}
            .
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={team.scroll}>
        <table className={styles.grid} aria-label="Contact by department and week">
          <thead>
            <tr>
              <th scope="col">
                <Caption1>Department</Caption1>
              </th>
              {coverage.weeks.map((w) => (
                <th key={w} scope="col">
                  <Caption1>{formatDue(w, host.locale)}</Caption1>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.departments.map((department) => (
              <tr key={department}>
                <th scope="row" className={styles.rowHead}>
                  <Caption1>{department}</Caption1>
                </th>
                {coverage.weeks.map((week) => {
                  const cell = cellOf(department, week);
                  return (
                    <td key={week} className={styles.cell}>
                      <Button
                        size="small"
                        appearance="transparent"
                        style={{ ...shade(cell.contacts), width: '100%', minWidth: 0, height: '28px' }}
                        aria-label={`${department}, week of ${formatDue(week, host.locale)}: ${cell.contacts} contacts`}
                        onClick={() => setPicked({ department, week, clients: cell.clients })}
                      >
                        {cell.contacts}
                      </Button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {picked !== null && (
        <div role="status">
          <Caption1>
            {picked.department}, week of {formatDue(picked.week, host.locale)}:{' '}
            {picked.clients.length === 0
              ? 'no contact'
              : picked.clients.map((e) => names.get(e) ?? e).join(', ')}
          </Caption1>
        </div>
      )}
    </TeamSection>
  );
}
