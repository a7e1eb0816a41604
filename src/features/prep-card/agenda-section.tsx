import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { EventBody, ReadableBody } from '../../graph/get-event';
import { MeetingAgenda } from './meeting-agenda';
import { sanitizeMeetingBody } from './sanitize-body';

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground3 } });

/** The agenda as plain words for the ranking: sanitised first, then read as text by an inert parser. */
export function agendaText(body: EventBody | null): string {
  if (body === null || body.kind === 'unreadable') return '';
  if (body.kind === 'text') return body.content;
  const { html } = sanitizeMeetingBody(body.content, { allowImages: false });
  return new DOMParser().parseFromString(html, 'text/html').body.textContent;
}

/**
 * Outlook sends an invitation without an agenda as an empty HTML document: nothing to read and no
 * picture means no agenda, not an empty box.
 */
function isBlank(body: ReadableBody, text: string): boolean {
  return text.trim() === '' && (body.kind === 'text' || !/<img\b/i.test(body.content));
}

/** The card's agenda part: the organiser's agenda, or in words why there is none to show. */
export function AgendaSection({ body, text }: { body: EventBody | null; text: string }) {
  const styles = useStyles();
  if (body !== null && body.kind !== 'unreadable' && !isBlank(body, text))
    return <MeetingAgenda body={body} />;
  return (
    <section aria-label="Meeting agenda">
      <Subtitle2 as="h3">Agenda</Subtitle2>
      <Caption1 className={styles.muted}>
        {body?.kind === 'unreadable'
          ? 'The agenda could not be read: Microsoft 365 sent it in a form Home Turf cannot show.'
          : 'The invitation has no agenda.'}
      </Caption1>
    </section>
  );
}
