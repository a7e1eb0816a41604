import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { safeHttpsUrl } from '../../graph/store/map-store';
import { provisionStore, type StoreProgress } from '../../graph/store/provision-store';
import { STORE_SCHEMA } from '../../graph/store/store-schema';
import type { StoreListKey, StoreSite } from '../../graph/store/store-lists';
import { describeGraphError } from '../../graph/graph-errors';
import { useSession, useUpdateSession } from '../session';

const useStyles = makeStyles({
  lists: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type SetupState =
  | { phase: 'offer' }
  | { phase: 'running'; progress: StoreProgress | null }
  | { phase: 'failed'; message: string }
  | { phase: 'done' };

/**
 * "Set up Home Turf for this team": offered when the team site lacks some of the store's lists.
 * Creates them one by one with progress; a failure says which list and can be tried again, which
 * carries on from where it stopped. `onReady` lets the pane load again with the store in place.
 */
export function StoreSetupOffer({ onReady }: { onReady: () => void }) {
  const session = useSession();
  const updateSession = useUpdateSession();
  const styles = useStyles();
  const [state, setState] = useState<SetupState>({ phase: 'offer' });
  const site = session.store;
  const missing = session.storeMissing ?? [];
  if (site === null || (missing.length === 0 && state.phase === 'offer')) return null;

  const setUp = () => {
    setState({ phase: 'running', progress: null });
    provisionStore(session.graph, site, (progress) => {
      setState({ phase: 'running', progress });
    }).then(
      () => {
        setState({ phase: 'done' });
        // Every screen now reads a store with all its lists: the card shows the team's records.
        updateSession((current) => ({ ...current, storeMissing: [] }));
        onReady();
      },
      (error: unknown) => {
        // provisionStore's own errors already name the list and say why in a person's words.
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : describeGraphError(error),
        });
      },
    );
  };

  switch (state.phase) {
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Home Turf is set up for this team</MessageBarTitle>
            Its lists are ready in <SiteName site={site} />: client profiles, file items, notes, articles and
            campaigns are kept there for the whole team.
          </MessageBarBody>
        </MessageBar>
      );
    case 'running':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Setting up Home Turf for this team</MessageBarTitle>
            <span className={styles.progress} role="status">
              <Spinner size="extra-tiny" />
              {state.progress === null
                ? 'Checking the team site…'
                : `Creating ${state.progress.name}… ${state.progress.index} of ${state.progress.total}`}
            </span>
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Home Turf could not be set up</MessageBarTitle>
            {state.message} The lists already created are kept; trying again carries on from there.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={setUp}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'offer':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Home Turf is not set up for this team yet</MessageBarTitle>
            Home Turf keeps the team&apos;s shared records in SharePoint lists in <SiteName site={site} />.
            Setting it up creates {missing.length === 1 ? 'this list' : `these ${missing.length} lists`}{' '}
            there:
            <MissingLists lists={missing} className={styles.lists} />
            Until then the prep card shows meetings, people and mail, without the team&apos;s records.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={setUp}>
              Set up Home Turf for this team
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
  }
}

function SiteName({ site }: { site: StoreSite }) {
  const name = site.displayName ?? 'the team site';
  const href = safeHttpsUrl(site.webUrl);
  if (href === undefined) return <>{name}</>;
  return (
    <Link href={href} target="_blank" rel="noreferrer" inline>
      {name}
    </Link>
  );
}

function MissingLists({ lists, className }: { lists: readonly StoreListKey[]; className: string }) {
  return (
    <ul aria-label="Lists to create" className={className}>
      {lists.map((key) => (
        <li key={key}>
          {STORE_SCHEMA[key].name} — {STORE_SCHEMA[key].purpose}
        </li>
      ))}
    </ul>
  );
}
