import { Button, Caption1, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { FILE_ITEM_STATUSES, type FileItemDraft } from '../../domain/client-draft';
import { formatCalendarDay } from '../../ui/calendar-day';
import { Part, RemoveButton } from './profile-rows';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr minmax(140px, auto) minmax(130px, auto) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  wide: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3 },
});

/**
 * The work on the client's file: new work to add, and the status and next update of work already
 * there (Mark done sets it to Done). Stored work is never removed from here.
 */
export function FileItemRows({
  items,
  error,
  locale,
  onChange,
  newKey,
}: {
  items: FileItemDraft[];
  error: string | undefined;
  locale: string;
  onChange: (items: FileItemDraft[]) => void;
  /** A fresh `ItemKey` for a new piece of work. */
  newKey: () => string;
}) {
  const styles = useStyles();
  const set = (i: number, patch: Partial<FileItemDraft>) => {
    onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  };
  return (
    <Part
      title="Their file"
      error={error}
      addLabel="Add work"
      onAdd={() =>
        onChange([...items, { key: newKey(), title: '', status: 'Not started', nextUpdateDue: '' }])
      }
    >
      {items.map((item, i) => {
        const n = i + 1;
        return (
          <div key={item.key} className={styles.item}>
            <Input
              aria-label={`Work ${n}`}
              placeholder="e.g. Intranet refresh: launch story"
              value={item.title}
              onChange={(_, data) => {
                set(i, { title: data.value });
              }}
            />
            <Select
              aria-label={`Work ${n} status`}
              value={item.status}
              onChange={(_, data) => {
                const status = FILE_ITEM_STATUSES.find((s) => s === data.value);
                if (status !== undefined) set(i, { status });
              }}
            >
              {FILE_ITEM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
            <Input
              type="date"
              aria-label={`Work ${n} next update due`}
              value={item.nextUpdateDue}
              onChange={(_, data) => {
                set(i, { nextUpdateDue: data.value });
              }}
            />
            {item.original === undefined ? (
              <RemoveButton
                label={`Remove work ${n}`}
                onRemove={() => onChange(items.filter((_, j) => j !== i))}
              />
            ) : (
              <Button
                size="small"
                icon={<CheckmarkRegular />}
                aria-label={`Mark work ${n} done`}
                disabled={item.status === 'Done'}
                onClick={() => {
                  set(i, { status: 'Done' });
                }}
              >
                Mark done
              </Button>
            )}
            {item.original !== undefined && (
              <Caption1 className={styles.wide}>
                {item.original.lastUpdateSent === null
                  ? 'They have not had an update on this yet.'
                  : `Last update sent ${formatCalendarDay(item.original.lastUpdateSent, locale)}.`}
              </Caption1>
            )}
          </div>
        );
      })}
    </Part>
  );
}
