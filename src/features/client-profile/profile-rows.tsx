import { Button, Checkbox, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ClientDraft } from '../../domain/client-draft';
import { fieldError } from '../../ui/field-error';

export const useRowStyles = makeStyles({
  part: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  dated: {
    display: 'grid',
    gridTemplateColumns: '1fr minmax(130px, auto) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  add: { alignSelf: 'flex-start' },
});

/** One part of the profile: a heading, its rows, its message, and a way to add a row. */
export function Part({
  title,
  error,
  addLabel,
  onAdd,
  children,
}: {
  title: string;
  error: string | undefined;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  const styles = useRowStyles();
  return (
    <section aria-label={title} className={styles.part}>
      <Subtitle2 as="h4">{title}</Subtitle2>
      <Field {...fieldError(error)}>
        <div className={styles.part}>{children}</div>
      </Field>
      <Button className={styles.add} icon={<AddRegular />} onClick={onAdd}>
        {addLabel}
      </Button>
    </section>
  );
}

/** The "×" that removes a row; named for the row it removes. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return <Button appearance="subtle" icon={<DismissRegular />} aria-label={label} onClick={onRemove} />;
}

const replace = <T,>(list: readonly T[], i: number, value: T) => list.map((x, j) => (j === i ? value : x));
const without = <T,>(list: readonly T[], i: number) => list.filter((_, j) => j !== i);

/** Pressures: what the client is under pressure to deliver, a line each. */
export function PressureRows({
  lines,
  error,
  onChange,
}: {
  lines: string[];
  error: string | undefined;
  onChange: (lines: string[]) => void;
}) {
  const styles = useRowStyles();
  return (
    <Part title="Pressures" error={error} addLabel="Add pressure" onAdd={() => onChange([...lines, ''])}>
      {lines.map((line, i) => (
        <div key={i} className={styles.row}>
          <Input
            aria-label={`Pressure ${i + 1}`}
            placeholder="What they must deliver"
            value={line}
            onChange={(_, data) => {
              onChange(replace(lines, i, data.value));
            }}
          />
          <RemoveButton label={`Remove pressure ${i + 1}`} onRemove={() => onChange(without(lines, i))} />
        </div>
      ))}
    </Part>
  );
}

/** Timeline priorities, each with the day it is due (or none). */
export function PriorityRows({
  priorities,
  error,
  onChange,
}: {
  priorities: ClientDraft['priorities'];
  error: string | undefined;
  onChange: (priorities: ClientDraft['priorities']) => void;
}) {
  const styles = useRowStyles();
  return (
    <Part
      title="Priorities"
      error={error}
      addLabel="Add priority"
      onAdd={() => onChange([...priorities, { text: '', due: '' }])}
    >
      {priorities.map((p, i) => (
        <div key={i} className={styles.dated}>
          <Input
            aria-label={`Priority ${i + 1}`}
            placeholder="A priority with a date"
            value={p.text}
            onChange={(_, data) => {
              onChange(replace(priorities, i, { ...p, text: data.value }));
            }}
          />
          <Input
            type="date"
            aria-label={`Priority ${i + 1} due`}
            value={p.due}
            onChange={(_, data) => {
              onChange(replace(priorities, i, { ...p, due: data.value }));
            }}
          />
          <RemoveButton
            label={`Remove priority ${i + 1}`}
            onRemove={() => onChange(without(priorities, i))}
          />
        </div>
      ))}
    </Part>
  );
}

/** The KPIs the client is evaluated on, each marked when the comms team shares it. */
export function KpiRows({
  kpis,
  error,
  onChange,
}: {
  kpis: ClientDraft['kpis'];
  error: string | undefined;
  onChange: (kpis: ClientDraft['kpis']) => void;
}) {
  const styles = useRowStyles();
  return (
    <Part
      title="KPIs they are evaluated on"
      error={error}
      addLabel="Add KPI"
      onAdd={() => onChange([...kpis, { text: '', shared: false }])}
    >
      {kpis.map((k, i) => (
        <div key={i} className={styles.dated}>
          <Input
            aria-label={`KPI ${i + 1}`}
            placeholder="e.g. Time to hire"
            value={k.text}
            onChange={(_, data) => {
              onChange(replace(kpis, i, { ...k, text: data.value }));
            }}
          />
          <Checkbox
            label="Shared with us"
            aria-label={`KPI ${i + 1} shared with the comms team`}
            checked={k.shared}
            onChange={(_, data) => {
              onChange(replace(kpis, i, { ...k, shared: data.checked === true }));
            }}
          />
          <RemoveButton label={`Remove KPI ${i + 1}`} onRemove={() => onChange(without(kpis, i))} />
        </div>
      ))}
    </Part>
  );
}
