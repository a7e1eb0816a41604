import type { Classification, NotClientCause } from '../../domain/classify-meeting';

const CAUSE: Record<NotClientCause, string> = {
  cancelled: 'Cancelled',
  declined: 'Declined',
  'free-or-away': 'Free / away',
  'personal-block': 'Personal block',
  'all-hands': 'All-hands',
  'comms-team-only': 'Comms team only',
  'external-only': 'External only',
  'no-one-identifiable': 'No client identified',
};

/** One short line for a calendar block: who the clients are, or why it is not a client meeting. */
export function summarise(classification: Classification): string {
  if (classification.kind === 'client') {
    const names = classification.clients.map((c) => c.person?.displayName ?? c.participant.name);
    const shown = names.slice(0, 2).join(', ');
    return `Client: ${names.length > 2 ? `${shown} +${names.length - 2}` : shown}`;
  }
  return CAUSE[classification.cause];
}
