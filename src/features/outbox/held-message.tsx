import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { dayKey } from '../../domain/agenda';
import { useSession } from '../session';

/**
 * Writes Microsoft 365 asked to hold until `sendsAt` (a Retry-After beyond what a request waits
 * for): when they will go, in the advisor's language and zone ("14:05", with the date when it is
 * not today), and why they cannot be hurried, so no Send now.
 */
export function HeldMessage({
  sendsAt,
  changes,
  durable,
}: {
  sendsAt: number;
  /** How many changes wait: "it" for one, "they" for more. */
  changes: number;
  durable: boolean;
}) {
  const { host, now } = useSession();
  const they = changes === 1 ? 'it' : 'they';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Microsoft 365 is busy; will send at {formatTimeOfDay(new Date(sendsAt), now(), host)}
        </MessageBarTitle>
        {changes === 1 ? 'Saved' : `${changes} changes saved`} on this device. Microsoft 365 asked Home Turf
        to wait until then, so {they} cannot be sent sooner
        {durable ? `; ${they} will go even if you close this pane.` : '; keep this pane open until then.'}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * A time of day ("14:05"), with its date ("Wed 25 Nov, 14:05") when it does not fall today in the
 * viewer's zone.
 */
export function formatTimeOfDay(
  instant: Date,
  today: Date,
  { locale, timeZone }: { locale: string; timeZone: string },
): string {
  const sameDay = dayKey(instant, timeZone) === dayKey(today, timeZone);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}
