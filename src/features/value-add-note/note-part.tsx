import {
  Caption1,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Six choices side by side are wider than a 320-px pane: they wrap rather than run off the edge.
  pulse: { flexWrap: 'wrap' },
  error: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    color: tokens.colorPaletteRedForeground1,
  },
});

/**
 * One part of the note under its heading. Not a Fluent `<Field>`: a Field names one control, and
 * a part holds many (each checkbox, select and text box brings its own label). The part's error
 * is announced and names the part it belongs to.
 */
export function NotePart({
  title,
  children,
  error,
}: {
  title: string;
  children: ReactNode;
  error?: string | undefined;
}) {
  const styles = useStyles();
  const headingId = useId('note-part');
  return (
    <section aria-labelledby={headingId} className={styles.part}>
      <Subtitle2 as="h4" id={headingId}>
        {title}
      </Subtitle2>
      {children}
      {error !== undefined && (
        <Caption1 role="alert" className={styles.error}>
          <ErrorCircleRegular aria-hidden />
          {error}
        </Caption1>
      )}
    </section>
  );
}

/** How one client seemed, 1 to 5, or skipped. */
export function PulseChoice({
  clientName,
  showName,
  value,
  onChange,
}: {
  clientName: string;
  /** In a note about several clients, each choice is headed by its client's name. */
  showName: boolean;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const firstName = clientName.split(/\s+/)[0] ?? clientName;
  const styles = useStyles();
  return (
    <>
      {showName && <Caption1 aria-hidden>{clientName}</Caption1>}
      <RadioGroup
        layout="horizontal"
        className={styles.pulse}
        aria-label={`How ${firstName} seemed, 1 to 5`}
        value={value === undefined ? '' : String(value)}
        onChange={(_, data) => {
          onChange(data.value === '' ? undefined : Number(data.value));
        }}
      >
        {[1, 2, 3, 4, 5].map((n) => (
          <Radio key={n} value={String(n)} label={String(n)} />
        ))}
        <Radio value="" label="Skip" />
      </RadioGroup>
    </>
  );
}
