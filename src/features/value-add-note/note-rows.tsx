import { Button, Checkbox, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { HeardPriority, ValueKind } from '../../domain/team-store';
import { VALUE_KINDS, type NoteFollowUp } from '../../domain/value-add-note';

export const useRowStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(130px, auto) 1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  followUp: {
    display: 'grid',
    gridTemplateColumns: 'minmax(130px, auto) 1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
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
  return <Button appearance="subtle" icon={<DismissRegular />} aria-label={label} onClick={onRemove} />;
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
  value: { kind: ValueKind; text: string };
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  onChange: (value: { kind: ValueKind; text: string }) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.row}>
      <Select
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
  clientName,
  onChange,
  onRemove,
}: {
  index: number;
  value: NoteFollowUp;
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  clientName: string;
  onChange: (value: NoteFollowUp) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.followUp}>
      <Select
        aria-label={`Who owes follow-up ${index + 1}`}
        value={value.owner}
        onChange={(_, data) => {
          const owner = data.value === 'client' ? 'client' : 'us';
          onChange({ ...value, owner, toDo: owner === 'us' && value.toDo });
        }}
      >
        <option value="us">We owe</option>
        <option value="client">{clientName} owes</option>
      </Select>
      <Input
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
  value: HeardPriority;
  /** Focus the text field when the row appears (the advisor just added it). */
  autoFocus?: boolean;
  onChange: (value: HeardPriority) => void;
  onRemove: () => void;
}) {
  const styles = useRowStyles();
  return (
    <div className={styles.followUp}>
      <Select
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
