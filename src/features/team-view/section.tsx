import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useTeamStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  scroll: { overflowX: 'auto' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** A part of the team view: a region named by its heading, with actions beside the heading. */
export function TeamSection({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const styles = useTeamStyles();
  return (
    <section aria-label={title} className={styles.section}>
      <div className={styles.head}>
        <Subtitle1 as="h2" className={styles.grow}>
          {title}
        </Subtitle1>
        {actions}
      </div>
      {children}
    </section>
  );
}
