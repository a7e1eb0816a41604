import { useState } from 'react';
import type { Person } from '../../domain/meeting';
import type { ClientProfile } from '../../domain/team-store';
import { describeGraphError } from '../../graph/graph-errors';
import { ErrorState, LoadingRows } from '../../ui/states';
import { useAsync } from '../../ui/use-async';
import { useSession } from '../session';
import type { LoadedClient } from './build-client-ops';
import { ClientProfileForm } from './client-profile-form';
import { loadClient, loadTeam } from './load-client';

/**
 * The client profile editor: a new client picked from the directory, or an existing one loaded
 * fresh from the store (with its etag, so the save lands on that version or is merged with a
 * colleague's). The owner, pressures, dated priorities, KPIs (and which the team shares) and the
 * work on their file, each part with its own message; saving goes through the outbox and what was
 * typed stays in the form whatever happens to the save.
 */
export function ClientProfileEditor({
  client,
  onSaved,
  onClose,
}: {
  /** The client to edit; a new client from the directory when absent. */
  client?: ClientProfile;
  /** Called once the profile is kept on this device, with the outbox group its writes went in. */
  onSaved?: (profile: ClientProfile, group: string) => void;
  onClose?: () => void;
}) {
  const session = useSession();
  // Picking someone who already has a profile switches to editing theirs.
  const [target, setTarget] = useState<{ id: string } | null>(
    client === undefined ? null : { id: client.id },
  );
  const team = useAsync<Person[]>(() => loadTeam(session), 'team');
  const loaded = useAsync<LoadedClient>(
    () => (target === null ? Promise.resolve(null) : loadClient(session, target.id)),
    target?.id ?? 'new',
  );
  if (loaded.status === 'loading' || team.status === 'loading') {
    return <LoadingRows label="Loading the client profile" />;
  }
  if (loaded.status === 'error') {
    return (
      <ErrorState
        title="The profile could not be loaded"
        message={describeGraphError(loaded.error)}
        onRetry={loaded.retry}
      />
    );
  }
  return (
    <ClientProfileForm
      key={target?.id ?? 'new'}
      loaded={loaded.value}
      team={team.status === 'ready' ? team.value : [session.me]}
      teamProblem={team.status === 'error' ? describeGraphError(team.error) : null}
      onEditExisting={(profile) => {
        setTarget({ id: profile.id });
      }}
      {...(onSaved === undefined ? {} : { onSaved })}
      {...(onClose === undefined ? {} : { onClose })}
    />
  );
}
