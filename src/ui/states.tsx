import { useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalS,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, flexGrow: 1 },
});

/** How long a load may take before the user is offered to try again (Graph's own limit is 30 s). */
export const SLOW_LOAD_MS = 8000;

/**
 * Placeholder rows while something loads; `label` is what a screen reader hears. Given `onRetry`,
 * a load that takes too long says so and offers to try again, instead of a skeleton for ever.
 */
export function LoadingRows({
  label,
  rows = 3,
  onRetry,
}: {
  label: string;
  rows?: number;
  onRetry?: () => void;
}) {
  const styles = useStyles();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (onRetry === undefined) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, [onRetry]);
  return (
    <>
      {slow && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Microsoft 365 is slow to answer. Home Turf is still waiting.</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRetry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Skeleton aria-label={label} aria-busy="true" className={styles.skeleton}>
        {Array.from({ length: rows }, (_, i) => (
          <div className={styles.row} key={i}>
            <SkeletonItem shape="circle" size={36} />
            <div className={styles.lines}>
              <SkeletonItem size={16} />
              <SkeletonItem size={12} />
            </div>
          </div>
        ))}
      </Skeleton>
    </>
  );
}

/** An error said plainly, with a way to try again. */
export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry !== undefined && (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Problems that left part of a screen empty, shown above it. */
export function Warnings({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((problem) => (
        <MessageBar key={problem} intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
