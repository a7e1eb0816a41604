import {
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import {
  checkClientDraft,
  draftFromProfile,
  emptyClientDraft,
  type ClientDraft,
  type ClientErrors,
} from '../../domain/client-draft';
import type { Person } from '../../domain/meeting';
import type { ClientProfile } from '../../domain/team-store';
import { fieldError } from '../../ui/field-error';
import { SaveBar, useEditorSave } from '../outbox/editor-save';
import { useSession } from '../session';
import { buildClientOps, type LoadedClient } from './build-client-ops';
import { FileItemRows } from './file-item-rows';
import { findClient } from './load-client';
import { PeoplePicker } from './people-picker';
import { KpiRows, PressureRows, PriorityRows } from './profile-rows';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Someone picked as a new client who cannot be one, and why. */
type Refusal = { message: string; existing?: ClientProfile };

export function ClientProfileForm({
  loaded,
  team,
  teamProblem,
  onEditExisting,
  onSaved,
  onClose,
}: {
  loaded: LoadedClient;
  team: Person[];
  teamProblem: string | null;
  onEditExisting: (profile: ClientProfile) => void;
  onSaved?: (profile: ClientProfile, group: string) => void;
  onClose?: () => void;
}) {
  const session = useSession();
  const styles = useStyles();
  const fresh = () =>
    loaded === null ? emptyClientDraft(session.me.email) : draftFromProfile(loaded.profile, loaded.fileItems);
  const [draft, setDraft] = useState<ClientDraft>(fresh);
  const [picked, setPicked] = useState<Person | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [errors, setErrors] = useState<ClientErrors>({});
  const [group, setGroup] = useState(() => crypto.randomUUID());
  // Whether the person picked can be a new client, as soon as the store has said.
  const checking = useRef<Promise<Refusal | null>>(Promise.resolve(null));
  const saver = useEditorSave('client profile');
  const update = (patch: Partial<ClientDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const name = draft.client?.displayName ?? 'the client';

  const pick = (person: Person | null) => {
    setPicked(person);
    setRefusal(null);
    if (person === null) {
      checking.current = Promise.resolve(null);
      update({ client: null });
      return;
    }
    const client: NonNullable<ClientDraft['client']> = {
      email: person.email,
      displayName: person.displayName,
    };
    if (person.department !== undefined) client.department = person.department;
    update({ client });
    const inTeam = person.department !== undefined && person.department === session.me.department;
    const check: Promise<Refusal | null> = inTeam
      ? Promise.resolve({
          message: `${person.displayName} is in the comms team: clients are colleagues outside it.`,
        })
      : // A second profile for the same person would be refused by the store; say so now instead.
        findClient(session, person.email).then(
          (existing) =>
            existing === null ? null : { message: `${person.displayName} already has a profile.`, existing },
          // Not known (offline, say): the save goes ahead and the store stays the judge.
          () => null,
        );
    checking.current = check;
    void check.then((found) => {
      // Only the answer for the person still picked counts.
      if (checking.current === check) setRefusal(found);
    });
  };

  const submit = async () => {
    const refused = loaded === null ? await checking.current : null;
    const found = checkClientDraft(draft);
    if (refused !== null && found.client === undefined) found.client = refused.message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const { profile, ops } = buildClientOps(loaded, draft);
    if (ops.length === 0) {
      setErrors({ client: 'Nothing has changed since the profile was loaded.' });
      return;
    }
    const saved = `client:${group}`;
    if (await saver.save(saved, `Client profile for ${profile.displayName}`, ops)) onSaved?.(profile, saved);
  };

  const owners =
    team.some((p) => p.email === draft.ownerEmail) || draft.ownerEmail === ''
      ? team
      : [
          ...team,
          {
            id: draft.ownerEmail,
            displayName: draft.ownerEmail,
            email: draft.ownerEmail,
            userPrincipalName: draft.ownerEmail,
          },
        ];
  const clientError = errors.client ?? refusal?.message;
  return (
    <form
      aria-label="Client profile"
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h3">{loaded === null ? 'Add a client' : `${name}'s profile`}</Subtitle2>
      <fieldset className={styles.fields} disabled={saver.locked}>
        {loaded === null ? (
          <Field label="Client" required hint="Someone outside the comms team" {...fieldError(clientError)}>
            <PeoplePicker selected={picked} onSelect={pick} />
          </Field>
        ) : (
          <Field label="Client" {...fieldError(errors.client)}>
            <Caption1>
              {loaded.profile.displayName} · {loaded.profile.email}
              {loaded.profile.department === undefined ? '' : ` · ${loaded.profile.department}`}
            </Caption1>
          </Field>
        )}
        {refusal?.existing !== undefined && !saver.locked && (
          <Button
            onClick={() => {
              if (refusal.existing !== undefined) onEditExisting(refusal.existing);
            }}
          >
            Edit {refusal.existing.displayName}&apos;s profile
          </Button>
        )}
        <Field
          label="Relationship owner"
          required
          hint={teamProblem === null ? null : `The team could not be loaded: ${teamProblem}`}
          {...fieldError(errors.owner)}
        >
          <Select
            value={draft.ownerEmail}
            onChange={(_, data) => {
              update({ ownerEmail: data.value });
            }}
          >
            <option value="">Choose an advisor</option>
            {owners.map((p) => (
              <option key={p.email} value={p.email}>
                {p.email === session.me.email ? `${p.displayName} (you)` : p.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <PressureRows
          lines={draft.pressures}
          error={errors.pressures}
          onChange={(pressures) => {
            update({ pressures });
          }}
        />
        <PriorityRows
          priorities={draft.priorities}
          error={errors.priorities}
          onChange={(priorities) => {
            update({ priorities });
          }}
        />
        <KpiRows
          kpis={draft.kpis}
          error={errors.kpis}
          onChange={(kpis) => {
            update({ kpis });
          }}
        />
        <Field label="Background" {...fieldError(errors.background)}>
          <Textarea
            value={draft.background}
            resize="vertical"
            onChange={(_, data) => {
              update({ background: data.value });
            }}
          />
        </Field>
        <FileItemRows
          items={draft.fileItems}
          error={errors.fileItems}
          locale={session.host.locale}
          newKey={() => crypto.randomUUID()}
          onChange={(fileItems) => {
            update({ fileItems });
          }}
        />
      </fieldset>
      <SaveBar
        save={saver}
        saveLabel="Save client"
        savedDetail={`${name}'s profile is in the team store; the next prep card with them shows it.`}
        onClose={onClose}
        onAnother={
          loaded === null
            ? () => {
                setDraft(fresh());
                setPicked(null);
                setRefusal(null);
                checking.current = Promise.resolve(null);
                setErrors({});
                setGroup(crypto.randomUUID());
                saver.reset();
              }
            : undefined
        }
      />
    </form>
  );
}
