import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Component, Suspense, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { SessionProvider, type Session } from '../../features/session';
import type { HostTheme } from '../../hosts/host';
import { KeyboardFocusFromHost } from '../../ui/keyboard-focus-from-host';
import { THEMES } from './themes';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  center: { padding: tokens.spacingVerticalXXL },
});

/** Catches a render error so one broken part shows a message instead of a blank pane. */
class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Home Turf failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong</MessageBarTitle>
          Home Turf hit an unexpected problem. Close and reopen the pane; nothing you saved is lost.
        </MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * Fluent theme, error boundary and the signed-in session around a surface. Start-up (sign-in,
 * reading who the user is) shows a spinner, and a plain message when it fails.
 */
export function AppShell({
  theme: initialTheme,
  onThemeChange,
  start,
  children,
}: {
  theme: HostTheme;
  /** The host's theme changes (Teams: the user switched to dark or high contrast). */
  onThemeChange?: ((listener: (theme: HostTheme) => void) => () => void) | undefined;
  start: () => Promise<Session>;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => onThemeChange?.(setTheme), [onThemeChange]);
  const [state, setState] = useState<
    { session: Session } | { error: unknown } | { signedOut: string } | null
  >(null);
  useEffect(() => {
    start().then(
      (session) => setState({ session }),
      (error: unknown) => setState({ error }),
    );
  }, [start]);
  return (
    <FluentProvider theme={THEMES[theme]}>
      <KeyboardFocusFromHost />
      <div className={styles.root}>
        <ErrorBoundary>
          {state === null && <Spinner className={styles.center} label="Signing in…" />}
          {state !== null && 'error' in state && (
            // The surface never rendered, so this message is the page: its main part and heading.
            <main>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle role="heading" aria-level={1}>
                    Home Turf could not start
                  </MessageBarTitle>
                  {state.error instanceof Error ? state.error.message : 'Something went wrong.'}
                </MessageBarBody>
              </MessageBar>
            </main>
          )}
          {state !== null && 'signedOut' in state && (
            <main>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle role="heading" aria-level={1}>
                    You are signed out of Home Turf
                  </MessageBarTitle>
                  What Home Turf kept on this device for {state.signedOut} is removed. Outlook and Teams keep
                  their own Microsoft 365 sign-in: on a shared computer, sign out of them too.
                </MessageBarBody>
                <MessageBarActions>
                  <Button
                    onClick={() => {
                      globalThis.location.reload();
                    }}
                  >
                    Sign in again
                  </Button>
                </MessageBarActions>
              </MessageBar>
            </main>
          )}
          {state !== null && 'session' in state && (
            <SessionProvider
              session={state.session}
              onSignedOut={() => {
                setState({ signedOut: state.session.me.displayName });
              }}
            >
              <Suspense fallback={<Spinner className={styles.center} label="Loading…" />}>
                {children}
              </Suspense>
            </SessionProvider>
          )}
        </ErrorBoundary>
      </div>
    </FluentProvider>
  );
}
