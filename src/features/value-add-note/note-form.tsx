import {
  Button,
  Caption1,
  Checkbox,
  Input,
  Switch,
  createFocusOutlineStyle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AddRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  articlesBrought,
  checkNote,
  proposeProfileChanges,
  type NoteContext,
  type NoteDraft,
  type NoteErrors,
  type NoteFollowUp,
  type NoteHeard,
} from '../../domain/value-add-note';
import { useSession } from '../session';
import { buildNoteOps } from './build-note-ops';
import { NotePart as Part, PulseChoice } from './note-part';
import { FollowUpRow, HeardRow, ValueRow } from './note-rows';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Fluent's focus ring is drawn by an absolutely placed ::after, so the heading must be its box.
  heading: { ...typographyStyles.subtitle2, margin: 0, position: 'relative', ...createFocusOutlineStyle() },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  add: { alignSelf: 'flex-start' },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

let rowsMade = 0;
/** A key for a new row of the form, unique in the page. */
function newRowKey(): string {
  rowsMade += 1;
  return `row-${rowsMade}`;
}

/** A first draft: every client of the meeting, and the articles marked "bring it" as value offered. */
export function initialDraft(context: NoteContext, authorEmail: string, noteId: string): NoteDraft {
  const brought = context.brought
    .map((id) => context.articles.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  return {
    noteId,
    meeting: context.meeting,
    clients: context.clients.map(({ email, name }) => ({ email, name })),
    authorEmail,
    valueOffered: brought.map((a) => ({ key: newRowKey(), kind: 'article', text: a.title, articleId: a.id })),
    followUps: [],
    prioritiesHeard: [],
    fileUpdates: [],
    storyLead: '',
    pulses: {},
  };
}

/** Fluent types a Button's ref for a `<button>` and an `<a>` at once; a callback ref takes either. */
function keep(ref: RefObject<HTMLElement | null>) {
  return (element: HTMLElement | null) => {
    ref.current = element;
  };
}

/**
 * The value-add note: value offered, follow-ups both ways, priorities heard (offered as profile
 * changes to confirm), file updates, a story lead and a satisfaction pulse. Saving puts the note in
 * the outbox first, so what was typed is never lost to a failed send.
 */
export function NoteForm({
  context,
  noteId,
  onSaved,
  onCancel,
}: {
  context: NoteContext;
  noteId: string;
  onSaved: (noteId: string) => void;
  onCancel: () => void;
}) {
  const session = useSession();
  const styles = useStyles();
  const [draft, setDraft] = useState<NoteDraft>(() => initialDraft(context, session.me.email, noteId));
  const [errors, setErrors] = useState<NoteErrors>({});
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState<string | null>(null);
  const [leadOn, setLeadOn] = useState(false);
  // A row added from the keyboard takes the focus in its text field, where typing starts.
  const [added, setAdded] = useState<string | null>(null);
  // The button a removed row leaves focus on, instead of the page's body.
  const addValue = useRef<HTMLElement>(null);
  const addFollowUp = useRef<HTMLElement>(null);
  const addHeard = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The note opens in place of the button that asked for it: focus starts at its heading.
    heading.current?.focus();
  }, []);
  const shared = articlesBrought(draft);
  const update = (patch: Partial<NoteDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const proposals = useMemo(
    () =>
      context.clients
        .filter((c) => draft.clients.some((d) => d.email === c.email) && c.profile !== null)
        .map((c) => ({ client: c, changes: proposeProfileChanges(c.profile, draft.prioritiesHeard) }))
        .filter((p) => p.changes.length > 0),
    [context.clients, draft.clients, draft.prioritiesHeard],
  );

  const save = async () => {
    const found = checkNote(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (session.outbox === undefined) {
      setSaving('Notes cannot be saved here: the team store is not available.');
      return;
    }
    setSaving('Saving…');
    const accepted = new Map(
      proposals.filter((p) => confirmed.has(p.client.email)).map((p) => [p.client.email, p.changes]),
    );
    try {
      await session.outbox.enqueue(
        draft.noteId,
        `Value-add note on "${draft.meeting.subject}"`,
        buildNoteOps(draft, context, accepted),
      );
      onSaved(draft.noteId);
    } catch (error) {
      setSaving(
        `The note could not be kept on this device: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <form
      aria-label="Value-add note"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 ref={heading} tabIndex={-1} className={styles.heading}>
        Value-add note · {context.clients.map((c) => c.name).join(', ')}
      </h3>
      {context.clients.length > 1 && (
        <Part title="About" error={errors.clients}>
          {context.clients.map((c) => (
            <Checkbox
              key={c.email}
              label={c.name}
              checked={draft.clients.some((d) => d.email === c.email)}
              onChange={(_, data) => {
                update({
                  clients:
                    data.checked === true
                      ? [...draft.clients, { email: c.email, name: c.name }]
                      : draft.clients.filter((d) => d.email !== c.email),
                });
              }}
            />
          ))}
        </Part>
      )}
      <Part title="Value offered" error={errors.valueOffered}>
        {draft.valueOffered.map((value, i) => (
          <ValueRow
            key={value.key}
            index={i}
            value={value}
            autoFocus={added === value.key}
            onChange={(v) => {
              update({ valueOffered: draft.valueOffered.map((x) => (x.key === value.key ? v : x)) });
            }}
            onRemove={() => {
              update({ valueOffered: draft.valueOffered.filter((x) => x.key !== value.key) });
              addValue.current?.focus();
            }}
          />
        ))}
        {shared.length > 0 && (
          <Caption1 className={styles.muted}>
            {shared.length === 1 ? 'The article' : `The ${shared.length} articles`} marked &quot;bring
            it&quot; {shared.length === 1 ? 'is' : 'are'} recorded as shared with{' '}
            {draft.clients.map((c) => c.name.split(/\s+/)[0]).join(' and ')}, so the card will not suggest{' '}
            {shared.length === 1 ? 'it' : 'them'} again. Remove its line if it was not shared.
          </Caption1>
        )}
        <Button
          ref={keep(addValue)}
          className={styles.add}
          icon={<AddRegular />}
          onClick={() => {
            const key = newRowKey();
            setAdded(key);
            update({
              valueOffered: [...draft.valueOffered, { key, kind: 'idea', text: '', articleId: null }],
            });
          }}
        >
          Add value offered
        </Button>
      </Part>
      <Part title="Follow-ups" error={errors.followUps}>
        {draft.followUps.map((value, i) => (
          <FollowUpRow
            key={value.key}
            index={i}
            value={value}
            autoFocus={added === value.key}
            clients={draft.clients}
            onChange={(v) => {
              update({ followUps: draft.followUps.map((x) => (x.key === value.key ? v : x)) });
            }}
            onRemove={() => {
              update({ followUps: draft.followUps.filter((x) => x.key !== value.key) });
              addFollowUp.current?.focus();
            }}
          />
        ))}
        <Button
          ref={keep(addFollowUp)}
          className={styles.add}
          icon={<AddRegular />}
          onClick={() => {
            const key = newRowKey();
            setAdded(key);
            const blank: NoteFollowUp = {
              key,
              text: '',
              due: null,
              owner: 'us',
              done: false,
              toDo: false,
              clientEmail: null,
            };
            update({ followUps: [...draft.followUps, blank] });
          }}
        >
          Add follow-up
        </Button>
      </Part>
      <Part title="Priorities heard" error={errors.prioritiesHeard}>
        {draft.prioritiesHeard.map((value, i) => (
          <HeardRow
            key={value.key}
            index={i}
            value={value}
            autoFocus={added === value.key}
            onChange={(v) => {
              update({ prioritiesHeard: draft.prioritiesHeard.map((x) => (x.key === value.key ? v : x)) });
            }}
            onRemove={() => {
              update({ prioritiesHeard: draft.prioritiesHeard.filter((x) => x.key !== value.key) });
              addHeard.current?.focus();
            }}
          />
        ))}
        <Button
          ref={keep(addHeard)}
          className={styles.add}
          icon={<AddRegular />}
          onClick={() => {
            const key = newRowKey();
            setAdded(key);
            const blank: NoteHeard = { key, kind: 'priority', text: '', due: null };
            update({ prioritiesHeard: [...draft.prioritiesHeard, blank] });
          }}
        >
          Add priority heard
        </Button>
        {proposals.map(({ client, changes }) => (
          <div key={client.email}>
            <Checkbox
              label={`Also add to ${client.name}'s profile:`}
              checked={confirmed.has(client.email)}
              onChange={(_, data) => {
                setConfirmed((prev) => {
                  const next = new Set(prev);
                  if (data.checked === true) next.add(client.email);
                  else next.delete(client.email);
                  return next;
                });
              }}
            />
            <ul className={styles.changes} aria-label={`Changes to ${client.name}'s profile`}>
              {changes.map((c) => (
                <li key={`${c.kind}|${c.text}`}>
                  <Caption1>
                    {c.kind === 'pressure' ? 'New pressure' : c.kind === 'kpi' ? 'New KPI' : 'New priority'}:{' '}
                    {c.text}
                    {c.kind === 'priority' && c.due !== null ? ` (due ${c.due})` : ''}
                  </Caption1>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Part>
      {context.fileItems.length > 0 && (
        <Part title="File updates">
          <Caption1 className={styles.muted}>
            Which work did you update them on? Ticked items get the meeting's date as their last update.
          </Caption1>
          {context.fileItems.map((item) => (
            <Checkbox
              key={item.id}
              label={item.title}
              checked={draft.fileUpdates.includes(item.id)}
              onChange={(_, data) => {
                update({
                  fileUpdates:
                    data.checked === true
                      ? [...draft.fileUpdates, item.id]
                      : draft.fileUpdates.filter((id) => id !== item.id),
                });
              }}
            />
          ))}
        </Part>
      )}
      <Part title="Story lead" error={errors.storyLead}>
        <Switch
          label="Something the PR team could tell"
          checked={leadOn}
          onChange={(_, data) => {
            setLeadOn(data.checked);
            if (!data.checked) update({ storyLead: '' });
          }}
        />
        {leadOn && (
          <Input
            aria-label="Story lead"
            placeholder="One line: the story"
            value={draft.storyLead}
            onChange={(_, data) => {
              update({ storyLead: data.value });
            }}
          />
        )}
      </Part>
      <Part title="Satisfaction pulse" error={errors.pulse}>
        {draft.clients.map((client) => {
          const email = client.email.toLowerCase();
          return (
            <PulseChoice
              key={email}
              clientName={client.name}
              showName={draft.clients.length > 1}
              value={draft.pulses[email]}
              onChange={(value) => {
                const { [email]: _previous, ...others } = draft.pulses;
                update({ pulses: value === undefined ? others : { ...others, [email]: value } });
              }}
            />
          );
        })}
      </Part>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={saving === 'Saving…'}>
          Save note
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      {saving !== null && saving !== 'Saving…' && <Caption1 role="alert">{saving}</Caption1>}
    </form>
  );
}
