import type { SpecEvent } from '../tenant-spec';
import { agendaBody } from './bodies';
import { SEED_SUBJECTS } from './constants';
import { peopleIn, upnOf } from './directory';
import type { Random } from './prng';
import { attendeesOf, minutesOf, type Busy, type Slot } from './slots';

/**
 * The parts of the seeded calendar that move: meetings placed relative to now, and routine client
 * meetings chosen by the seeded PRNG to fill free slots.
 */

const CLIENT_TOPICS: Readonly<Record<string, ReadonlyArray<string>>> = {
  HR: [
    'hybrid working policy refresh',
    'engagement survey results',
    'graduate scheme launch',
    'wellbeing month plan',
  ],
  Marketing: [
    'spring campaign internal launch',
    'brand refresh: staff toolkit',
    'customer week storytelling',
  ],
  Operations: ['depot safety campaign', 'new rota system rollout', 'peak season readiness briefing'],
  'Customer Service': [
    'contact centre recognition scheme',
    'complaints process change',
    'customer stories for the intranet',
  ],
  Product: ['mobile app release notes for staff', 'beta tester recruitment', 'roadmap town hall prep'],
  Finance: ['budget cycle comms', 'expenses system change', 'procurement policy update'],
  IT: ['laptop refresh programme', 'password manager rollout', 'intranet migration timeline'],
};

const FREE_SLOTS = ['10:30', '11:30', '13:30', '15:00', '16:00'];

/** Client meetings placed relative to now, so "coming up" always has something whatever the hour. */
export function addUpcoming(today: { hour: number; minute: number }, add: (event: SpecEvent) => void): void {
  const slotAfter = (hours: number): Slot => {
    const minutes = today.hour * 60 + today.minute + hours * 60;
    const rounded = Math.ceil(minutes / 30) * 30;
    const day = Math.floor(rounded / (24 * 60));
    const inDay = rounded % (24 * 60);
    // Outside 08:00–18:00 the meeting moves to the next morning: nobody books a client at 2 a.m.
    if (inDay < 8 * 60 || inDay >= 18 * 60) return { day: inDay >= 18 * 60 ? day + 1 : day, time: '10:30' };
    return {
      day,
      time: `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`,
    };
  };
  add({
    key: 'seed:upcoming-soon',
    subject: SEED_SUBJECTS.upcomingSoon,
    start: slotAfter(2),
    durationMinutes: 30,
    attendees: attendeesOf(['Tom Becker']),
    location: 'Room 2.14',
    bodyHtml: agendaBody('Quick check on the careers site refresh before the content freeze.', [
      'Which stories are ready',
      'Photo permissions',
    ]),
  });
  add({
    key: 'seed:upcoming-later',
    subject: 'Payroll date change: staff message',
    start: slotAfter(4),
    durationMinutes: 30,
    organizer: upnOf('Mei Tanaka'),
    attendees: attendeesOf(['Marcus Reid']),
    isOnlineMeeting: true,
    location: 'Microsoft Teams Meeting',
    bodyHtml: agendaBody('Agree the wording for the payroll date change.', [
      'Who is affected',
      'Timing of the message',
    ]),
  });
  add({
    key: 'seed:upcoming-tomorrow',
    subject: SEED_SUBJECTS.upcomingTomorrow,
    start: { day: 1, time: '11:00' },
    durationMinutes: 60,
    organizer: upnOf('Hannah Wright'),
    attendees: attendeesOf(['Owen Price', "Liam O'Brien"]),
    location: 'Leeds Contact Centre / Teams',
    bodyHtml: agendaBody('Kick off the rewrite of the service desk FAQ.', [
      'Top 20 questions from the last quarter',
      'Tone of voice',
      'Who signs off',
    ]),
  });
}

/** Routine client one-to-ones and workshops in free slots, one or two per weekday (seeded). */
export function addRoutineClientMeetings(
  random: Random,
  dayOf: (w: number, wd: number) => number,
  busy: Busy[],
  add: (event: SpecEvent) => void,
): void {
  const departments = Object.keys(CLIENT_TOPICS);
  const commsColleagues = ['Daniel Okafor', 'Sofia Rossi', "Liam O'Brien", 'Aisha Karimi'];
  for (const w of [-1, 0, 1]) {
    for (let wd = 0; wd < 5; wd += 1) {
      const day = dayOf(w, wd);
      const wanted = random.int(1, 2);
      let added = 0;
      for (const time of random.sample(FREE_SLOTS, FREE_SLOTS.length)) {
        if (added >= wanted) break;
        const department = random.pick(departments);
        const workshop = random.next() < 0.35;
        const duration = workshop ? 60 : random.pick([30, 45]);
        const from = minutesOf(time);
        if (busy.some((b) => b.day === day && b.from < from + duration && b.to > from)) continue;
        const clients = random.sample(peopleIn(department), workshop ? random.int(2, 5) : 1);
        const [lead] = clients;
        if (!lead) continue;
        const topic = random.pick(CLIENT_TOPICS[department] ?? ['comms plan']);
        const withColleague = workshop && random.next() < 0.5 ? [random.pick(commsColleagues)] : [];
        const clientOrganises = random.next() < 0.4;
        const others = clients.filter((c) => c !== lead || !clientOrganises).concat(withColleague);
        add({
          key: `seed:routine:${day}:${time}`,
          subject: workshop ? `Workshop: ${topic}` : `1:1 ${lead.split(' ')[0] ?? lead} / Maya: ${topic}`,
          start: { day, time },
          durationMinutes: duration,
          ...(clientOrganises ? { organizer: upnOf(lead) } : {}),
          attendees: attendeesOf(others),
          location: workshop
            ? random.pick(['Room 3.02', 'Room 2.14', 'Microsoft Teams Meeting'])
            : 'Microsoft Teams Meeting',
          isOnlineMeeting: !workshop,
          bodyHtml: agendaBody(`Working session on ${topic}.`, [
            'Where things stand',
            'What staff need to hear',
            'Next steps',
          ]),
        });
        busy.push({ day, from, to: from + duration });
        added += 1;
      }
    }
  }
}
