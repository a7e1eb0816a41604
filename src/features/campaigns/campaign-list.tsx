import {
  Button,
  Caption1,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { EVERYONE } from '../../domain/campaign-draft';
import type { Campaign } from '../../domain/team-store';
import { toCampaign } from '../../graph/store/map-store';
import { formatCalendarDay } from '../../ui/calendar-day';
import { ErrorState, LoadingRows } from '../../ui/states';
import { useSession } from '../session';
import { useStoreRecords, useWhenSynced } from '../use-store-records';
import { CampaignEditor } from './campaign-editor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' },
  panel: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; campaign: Campaign };

/**
 * The team's campaigns by go-live date, with Add and Edit. Changes show at once and go to the
 * store through the outbox; the list is read again once the store has them.
 */
export function CampaignList({
  onSaved,
}: {
  /** Called when a campaign is added or edited and kept on this device. */
  onSaved?: (campaign: Campaign) => void;
}) {
  const session = useSession();
  const locale = session.host.locale;
  const styles = useStyles();
  const campaigns = useStoreRecords('campaigns', toCampaign);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [waiting, setWaiting] = useState<string[]>([]);
  useWhenSynced(waiting, () => {
    setWaiting((groups) => groups.filter((g) => session.outbox?.status(g).kind !== 'synced'));
    campaigns.reload();
  });
  const shown = useMemo(
    () =>
      [...(campaigns.records ?? [])].sort(
        (a, b) => a.goLive.localeCompare(b.goLive) || a.name.localeCompare(b.name),
      ),
    [campaigns.records],
  );

  return (
    <section aria-label="Campaigns" className={styles.root}>
      <div className={styles.bar}>
        <Subtitle1 as="h2">Campaigns</Subtitle1>
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={session.outbox === undefined}
          onClick={() => {
            setEditing({ kind: 'new' });
          }}
        >
          Add campaign
        </Button>
      </div>
      {editing.kind !== 'closed' && (
        <div className={styles.panel}>
          <CampaignEditor
            key={editing.kind === 'edit' ? editing.campaign.id : 'new'}
            {...(editing.kind === 'edit' ? { campaign: editing.campaign } : {})}
            onSaved={(campaign, group) => {
              campaigns.setRecords((records) => [...records.filter((c) => c.id !== campaign.id), campaign]);
              setWaiting((w) => [...w, group]);
              onSaved?.(campaign);
            }}
            onClose={() => {
              setEditing({ kind: 'closed' });
            }}
          />
        </div>
      )}
      {campaigns.problem !== null && (
        <ErrorState
          title="The campaigns could not be read"
          message={campaigns.problem}
          onRetry={campaigns.reload}
        />
      )}
      {campaigns.records === null && campaigns.problem === null && <LoadingRows label="Loading campaigns" />}
      {campaigns.records !== null && (
        <Table aria-label="Campaigns by go-live" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Run by</TableHeaderCell>
              <TableHeaderCell>Reaches</TableHeaderCell>
              <TableHeaderCell>Sign-off</TableHeaderCell>
              <TableHeaderCell>Go-live</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.muted}>Actions</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((campaign) => (
              <TableRow key={campaign.id}>
                <TableCell>{campaign.name}</TableCell>
                <TableCell>{campaign.ownerDepartment ?? ''}</TableCell>
                <TableCell>
                  {campaign.audiences.includes(EVERYONE) ? 'Everyone' : campaign.audiences.join(', ')}
                </TableCell>
                <TableCell>
                  {campaign.signOff === null ? '—' : formatCalendarDay(campaign.signOff, locale)}
                </TableCell>
                <TableCell>{formatCalendarDay(campaign.goLive, locale)}</TableCell>
                <TableCell>{campaign.status}</TableCell>
                <TableCell>
                  {campaign.id.startsWith('new:') ? (
                    <Caption1 className={styles.muted}>Saving…</Caption1>
                  ) : (
                    <Button
                      size="small"
                      icon={<EditRegular />}
                      aria-label={`Edit "${campaign.name}"`}
                      onClick={() => {
                        setEditing({ kind: 'edit', campaign });
                      }}
                    >
                      Edit
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
