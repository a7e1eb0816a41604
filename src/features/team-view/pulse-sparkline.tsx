import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  line: {
    fill: 'none',
    stroke: tokens.colorBrandForeground1,
    strokeWidth: '2px',
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
    // Forced colours (Windows high contrast) repaint the line in the text colour instead of hiding it.
    '@media (forced-colors: active)': { stroke: 'CanvasText' },
  },
});

/** The satisfaction pulse is given on a 1–5 scale; the line is drawn on that scale, not on its range. */
const LOWEST = 1;
const HIGHEST = 5;

/**
 * A client's last satisfaction pulses as a small line. It is a picture, not a control: one image
 * named with every value, so the clients table does not gain a tab stop per row and a screen reader
 * hears the numbers the line shows.
 */
export function PulseSparkline({
  name,
  values,
  width = 60,
  height = 20,
}: {
  /** Whose pulse it is, for the image's name. */
  name: string;
  /** Oldest first; at least two values make a line. */
  values: readonly number[];
  /** @default 60 */
  width?: number;
  /** @default 20 */
  height?: number;
}) {
  const styles = useStyles();
  const inset = 2;
  const step = values.length > 1 ? (width - 2 * inset) / (values.length - 1) : 0;
  const y = (value: number) => {
    const clamped = Math.min(HIGHEST, Math.max(LOWEST, value));
    return inset + ((HIGHEST - clamped) / (HIGHEST - LOWEST)) * (height - 2 * inset);
  };
  const points = values.map((value, i) => `${inset + i * step},${y(value)}`).join(' ');
  return (
    <svg
      role="img"
      aria-label={`Pulse of ${name}, oldest to latest: ${values.join(', ')} out of 5`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline className={styles.line} points={points} />
    </svg>
  );
}
