import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { valueDeliveredCsv, type ValueDeliveredRow } from '../../domain/team-view';
import { TeamSection, useTeamStyles } from './section';

/** Saves text as a file through the browser: the CSV for the head of comms' report. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Value-adds by kind, articles shared and pulse, per client and quarter; exported as CSV. */
export function ValueDelivered({ rows }: { rows: readonly ValueDeliveredRow[] }) {
  const team = useTeamStyles();
  return (
    <TeamSection
      title="Value delivered"
      actions={
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => download('home-turf-value-delivered.csv', valueDeliveredCsv(rows))}
        >
          Export CSV
        </Button>
      }
    >
      <div className={team.scroll}>
        <Table aria-label="Value delivered by client and quarter" size="small">
          <TableHeader>
            <TableRow>
              {[
                'Quarter',
                'Client',
                'Ideas',
                'Articles',
                'Insights',
                'Best practices',
                'Introductions',
                'Shared',
                'Pulse',
              ].map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, 60).map((r) => (
              <TableRow key={`${r.quarter}|${r.clientEmail}`}>
                <TableCell>{r.quarter}</TableCell>
                <TableCell>{r.clientName}</TableCell>
                <TableCell>{r.byKind.idea}</TableCell>
                <TableCell>{r.byKind.article}</TableCell>
                <TableCell>{r.byKind.insight}</TableCell>
                <TableCell>{r.byKind['best practice']}</TableCell>
                <TableCell>{r.byKind.introduction}</TableCell>
                <TableCell>{r.articlesShared}</TableCell>
                <TableCell>{r.averagePulse === null ? '—' : r.averagePulse.toFixed(1)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </TeamSection>
  );
}
