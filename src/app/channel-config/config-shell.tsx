import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { HostTheme } from '../../hosts/host';
import { KeyboardFocusFromHost } from '../../ui/keyboard-focus-from-host';
import { THEMES } from '../shared/themes';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  center: { padding: tokens.spacingHorizontalXL },
});

/** Fluent's theme for the host's, following the host's theme changes. */
export function ConfigShell({
  theme: initialTheme,
  onThemeChange,
  children,
}: {
  theme: HostTheme;
  onThemeChange?: ((listener: (theme: HostTheme) => void) => () => void) | undefined;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => onThemeChange?.(setTheme), [onThemeChange]);
  return (
    <FluentProvider theme={THEMES[theme]}>
      <KeyboardFocusFromHost />
      <div className={styles.page}>
        <Suspense fallback={<Spinner className={styles.center} label="Loading…" />}>{children}</Suspense>
      </div>
    </FluentProvider>
  );
}
