import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ImageRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { ReadableBody } from '../../graph/get-event';
import { sanitizeMeetingBody } from './sanitize-body';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: {
    // Positioned and contained: nothing the organiser wrote is drawn outside this box or over the card.
    position: 'relative',
    contain: 'content',
    isolation: 'isolate',
    maxHeight: '320px',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    '& img': { maxWidth: '100%', height: 'auto' },
    // The browser's default link blue is unreadable on the dark and high contrast backgrounds.
    '& a': { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline' },
    '& a:visited': { color: tokens.colorBrandForegroundLink },
    '& a:hover': { color: tokens.colorBrandForegroundLinkHover },
    '& a:active': { color: tokens.colorBrandForegroundLinkPressed },
  },
  text: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The meeting's agenda as its organiser wrote it: sanitised HTML, or the text as text. */
export function MeetingAgenda({ body }: { body: ReadableBody }) {
  const styles = useStyles();
  const [allowImages, setAllowImages] = useState(false);
  const sanitized = useMemo(
    () => (body.kind === 'html' ? sanitizeMeetingBody(body.content, { allowImages }) : null),
    [body, allowImages],
  );
  return (
    <section aria-label="Meeting agenda" className={styles.root}>
      <Subtitle2 as="h3">Agenda</Subtitle2>
      {sanitized === null ? (
        <pre className={`${styles.body} ${styles.text}`}>{body.content}</pre>
      ) : (
        // reason: the HTML comes out of DOMPurify with scripts, handlers and unsafe URLs removed.
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: sanitized.html }} />
      )}
      {sanitized !== null && sanitized.blockedImages > 0 && !allowImages && (
        <div>
          <Button size="small" icon={<ImageRegular />} onClick={() => setAllowImages(true)}>
            Show {sanitized.blockedImages === 1 ? 'the image' : `${sanitized.blockedImages} images`} from the
            web
          </Button>
        </div>
      )}
      {body.truncated && (
        <Caption1 className={styles.muted}>The agenda is very long; only its beginning is shown.</Caption1>
      )}
    </section>
  );
}
