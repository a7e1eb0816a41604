import { Avatar, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useRef, useState } from 'react';
import { useSession } from '../session';

// On demand: signing out is rare; its dialog loads when the advisor opens it.
const SignOutPanel = lazy(() =>
  import(/* webpackChunkName: "on-demand-sign-out" */ './sign-out-panel').then((module) => ({
    default: module.SignOutPanel,
  })),
);

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end', minWidth: 0 },
  line: { overflowWrap: 'anywhere', textAlign: 'end' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Who is signed in, at the end of a surface's header; their picture is the button to sign out of
 * Home Turf on this device (a shared computer keeps nothing of theirs). The header wraps: the
 * sign-out question takes a row of its own under it.
 */
export function Account() {
  const { me } = useSession();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLElement | null>(null);
  return (
    <>
      <div className={styles.root}>
        <div className={styles.who}>
          <Caption1 className={styles.line}>{me.displayName}</Caption1>
          {me.jobTitle !== undefined && (
            <Caption1 className={`${styles.line} ${styles.muted}`}>{me.jobTitle}</Caption1>
          )}
        </div>
        <Button
          appearance="transparent"
          shape="circular"
          aria-label={`${me.displayName}: sign out of Home Turf`}
          aria-expanded={open}
          ref={(element: HTMLElement | null) => {
            button.current = element;
          }}
          title="Sign out"
          icon={<Avatar name={me.displayName} size={32} aria-hidden />}
          onClick={() => {
            setOpen(true);
          }}
        />
      </div>
      {open && (
        <Suspense fallback={null}>
          <SignOutPanel
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
