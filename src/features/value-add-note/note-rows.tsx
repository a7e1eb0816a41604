import { Button, Checkbox, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { HeardPriority, ValueKind } from '../../domain/team-store';
import { VALUE_KINDS, type NoteFollowUp, type NoteHeard, type NoteValue } from '../../domain/value-add-note';

/**
 * Below this width (Outlook's 320–350 px pane, Teams on a phone) a row's kind and its text do not
 * fit on one line with the Remove button: the text takes a line of its own, full width.
 */
const NARROW = '@media (max-width: 480px)';

const rowGrid = {
  display: 'grid',
  gridTemplateColumns: 'minmax(130px, auto) minmax(0, 1fr) auto',
  gap: tokens.spacingHorizontalS,
  alignItems: 'center',
  [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr) auto', gridTemplateAreas: '"kind remove" "text text"' },
} as const;

export const useRowStyles = makeStyles({
  row: rowGrid,
  followUp: {
    ...rowGrid,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  kind: { [NARROW]: { gridArea: 'kind', justifySelf: 'start', maxWidth: '100%' } },
  text: { minWidth: 0, [NARROW]: { gridArea: 'text' } },
  remove: { [NARROW]: { gridArea: 'remove' } },
  wide: {
    gridColumn: '1 / -1',
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
});

/** The "×" that removes a row; named for the row it removes. */
function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const styles = useRowStyles();
  return (
    <Button
      className={styles.remove}
      appearance="subtle"
      icon={<DismissRegular />}
      aria-label={label}
      onClick={onRemove}
    />
  );
}

const VALUE_LABEL: Record<ValueKind, string> = {
  idea: 'Idea',
  article: 'Article',
  insight: 'Insight',
  'best practice': 'Best practice',
  introduction: 'Introduction',
};

export function ValueRow({
  index,
  value,
  autoFocus = false,
  onChange,
  onRemove,
}: {
  index: number;
  value: NoteValue;
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  onChange: (value: NoteValue) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.row}>
      <Select
        className={styles.kind}
        aria-label={`Kind of value ${index + 1}`}
        value={value.kind}
        onChange={(_, data) => {
          onChange({ ...value, kind: data.value as ValueKind });
        }}
      >
        {VALUE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {VALUE_LABEL[kind]}
          </option>
        ))}
      </Select>
      <Input
        className={styles.text}
        aria-label={`Value ${index + 1}`}
        autoFocus={autoFocus}
        placeholder="What you brought them"
        value={value.text}
        onChange={(_, data) => {
          onChange({ ...value, text: data.value });
        }}
      />
      <RemoveButton label={`Remove value ${index + 1}`} onRemove={onRemove} />
    </div>
  );
}

export function FollowUpRow({
  index,
  value,
  autoFocus = false,
  clients,
  onChange,
  onRemove,
}: {
  index: number;
  value: NoteFollowUp;
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  /** The note's clients: each may be the one who owes it. */
  clients: readonly { email: string; name: string }[];
  onChange: (value: NoteFollowUp) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.followUp}>
      <Select
        className={styles.kind}
        aria-label={`Who owes follow-up ${index + 1}`}
        value={value.owner === 'us' ? 'us' : `client:${value.clientEmail ?? ''}`}
        onChange={(_, data) => {
          const clientEmail = data.value.startsWith('client:') ? data.value.slice('client:'.length) : null;
          onChange(
            clientEmail === null
              ? { ...value, owner: 'us', clientEmail: null }
              : { ...value, owner: 'client', clientEmail, toDo: false },
          );
        }}
      >
        <option value="us">We owe</option>
        {clients.map((c) => (
          <option key={c.email} value={`client:${c.email}`}>
            {c.name.split(/\s+/)[0] ?? c.name} owes
          </option>
        ))}
        {value.owner === 'client' && !clients.some((c) => c.email === value.clientEmail) && (
          // The client was taken off the note: the row says so until the advisor chooses again.
          <option value={`client:${value.clientEmail ?? ''}`}>A client not on this note owes</option>
        )}
      </Select>
      <Input
        className={styles.text}
        aria-label={`Follow-up ${index + 1}`}
        autoFocus={autoFocus}
        placeholder="What is to be done"
        value={value.text}
        onChange={(_, data) => {
          onChange({ ...value, text: data.value });
        }}
      />
      <RemoveButton label={`Remove follow-up ${index + 1}`} onRemove={onRemove} />
      <div className={styles.wide}>
        <Input
          type="date"
          aria-label={`Due date of follow-up ${index + 1}`}
          value={value.due ?? ''}
          onChange={(_, data) => {
            onChange({ ...value, due: data.value === '' ? null : data.value });
          }}
        />
        {value.owner === 'us' && (
          <Checkbox
            label="Add to my To Do"
            checked={value.toDo}
            onChange={(_, data) => {
              onChange({ ...value, toDo: data.checked === true });
            }}
          />
        )}
      </div>
    </div>
  );
}

const HEARD_LABEL: Record<HeardPriority['kind'], string> = {
  pressure: 'Pressure',
  priority: 'Dated priority',
  kpi: 'Evaluated on (KPI)',
};

export function HeardRow({
  index,
  value,
  autoFocus = false,
  onChange,
  onRemove,
}: {
  index: number;
  value: NoteHeard;
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  onChange: (value: NoteHeard) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.followUp}>
      <Select
        className={styles.kind}
        aria-label={`Kind of priority heard ${index + 1}`}
        value={value.kind}
        onChange={(_, data) => {
          const kind = data.value as HeardPriority['kind'];
          onChange({ ...value, kind, due: kind === 'priority' ? value.due : null });
        }}
      >
        {(['pressure', 'priority', 'kpi'] as const).map((kind) => (
          <option key={kind} value={kind}>
            {HEARD_LABEL[kind]}
          </option>
        ))}
      </Select>
      <Input
        className={styles.text}
        aria-label={`Priority heard ${index + 1}`}
        autoFocus={autoFocus}
        placeholder="What they said"
        value={value.text}
        onChange={(_, data) => {
          onChange({ ...value, text: data.value });
        }}
      />
      <RemoveButton label={`Remove priority heard ${index + 1}`} onRemove={onRemove} />
      {value.kind === 'priority' && (
        <div className={styles.wide}>
          <Input
            type="date"
            aria-label={`Due date of priority heard ${index + 1}`}
            value={value.due ?? ''}
            onChange={(_, data) => {
              onChange({ ...value, due: data.value === '' ? null : data.value });
            }}
          />
        </div>
      )}
    </div>
  );
}
