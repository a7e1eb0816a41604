import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { describeGraphError } from '../../graph/graph-errors';
import { provisionStore } from '../../graph/store/provision-store';
import { STORE_SCHEMA } from '../../graph/store/store-schema';
import type { StoreSite } from '../../graph/store/store-lists';
import type { GraphClient } from '../../graph/create-graph-client';

type MendState = { phase: 'offer' } | { phase: 'running' } | { phase: 'failed'; message: string };

/**
 * Mends what the check found wrong with the team store's lists, when asked: set-up's own run
 * (provisionStore), which creates the missing lists and creates, indexes or makes unique the
 * columns that are not as docs/team-store.md requires. A column of another type it leaves alone
 * and says so. `onMended` gets what was done, in a sentence, and runs the check again.
 */
export function MendStore({
  graph,
  site,
  onMended,
}: {
  graph: GraphClient;
  site: StoreSite;
  onMended: (done: string) => void;
}) {
  const [state, setState] = useState<MendState>({ phase: 'offer' });
  const mend = () => {
    setState({ phase: 'running' });
    provisionStore(graph, site).then(
      ({ created, repaired }) => {
        const lists = created.map((key) => STORE_SCHEMA[key].name);
        const parts = [
          lists.length > 0 ? `created ${lists.join(', ')}` : '',
          repaired.length > 0
            ? `mended ${repaired.length} column ${repaired.length === 1 ? 'setting' : 'settings'}`
            : '',
        ].filter((p) => p !== '');
        onMended(parts.length > 0 ? `Home Turf ${parts.join(' and ')}.` : 'Nothing needed mending.');
      },
      (error: unknown) => {
        // provisionStore's own errors name the list and say what to do.
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : describeGraphError(error),
        });
      },
    );
  };
  if (state.phase === 'running') return <Spinner size="small" label="Mending the team store’s lists…" />;
  return (
    <MessageBar intent={state.phase === 'failed' ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>
        {state.phase === 'failed'
          ? `The lists could not be mended: ${state.message}`
          : 'Home Turf can create the missing lists and columns and set the indexes for you (this needs the Sites.Manage.All permission and the right to manage lists in the team site).'}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={mend}>{state.phase === 'failed' ? 'Try again' : 'Mend the team store'}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
