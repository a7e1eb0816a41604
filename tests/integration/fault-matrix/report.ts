import { markdownTable, recordSection } from '../../report/record';
import { FAULT_ORDER, NOT_APPLICABLE, type Operation } from './cells';

/** One cell's figures, all taken from the run. */
export type Row = {
  fault: string;
  operation: Operation;
  injected: string;
  requests: number;
  signIns: number;
  faultsFired: number;
  waited: string;
  outcome: string;
  /** Writes only: what the demo tenant's store (or To Do) holds afterwards. */
  records?: Records;
};

/**
 * What a write left, read back from the demo tenant: the records intended, those found where and
 * by whom intended, and those found anywhere else (another team's store, another author, another
 * user's To Do).
 */
export type Records = { intended: number; stored: number; misplaced: number };

const lost = (r: Records) => Math.max(0, r.intended - r.stored);
const doubled = (r: Records) => Math.max(0, r.stored - r.intended);

const ms = (value: number) => `${Math.round(value)} ms`;
export const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The waits of a cell in words: those the pane slept (against the Retry-After asked, or a back-off
 * when none was) and those the outbox held on its controlled clock.
 */
export function waitedWords(
  slept: { count: number; ms: number; asked: readonly number[] },
  outbox: { ms: number; asked: readonly number[] },
): string {
  const parts: string[] = [];
  if (slept.count > 0) {
    parts.push(
      slept.asked.length > 0
        ? `${ms(slept.ms)} vs ${ms(total(slept.asked))} asked`
        : `${ms(slept.ms)} back-off (no Retry-After)`,
    );
  }
  if (outbox.ms > 0) {
    parts.push(
      outbox.asked.length > 0
        ? `outbox ${ms(outbox.ms)} vs ${ms(total(outbox.asked))} asked (controlled clock)`
        : `outbox ${ms(outbox.ms)} back-off (controlled clock)`,
    );
  }
  return parts.length === 0 ? 'none' : parts.join('; ');
}

/** Writes the matrix as the report's `fault-matrix` section. */
export function recordMatrix(rows: readonly Row[], sections: number): void {
  const rank = (fault: string) => FAULT_ORDER.indexOf(fault);
  const all = [
    ...rows.map((r) => {
      const records = r.records;
      return {
        key: [r.fault, r.operation],
        cells: [
          r.fault,
          r.operation,
          r.injected,
          r.requests,
          r.signIns,
          r.faultsFired,
          r.waited,
          r.outcome,
          records === undefined ? '—' : `${records.stored} of ${records.intended}`,
          records === undefined ? '—' : lost(records),
          records === undefined ? '—' : doubled(records),
          records === undefined ? '—' : records.misplaced,
        ],
      };
    }),
    ...NOT_APPLICABLE.map((n) => ({
      key: [n.fault, n.operation],
      cells: [n.fault, n.operation, '—', '—', '—', '—', '—', `not applicable: ${n.why}`, '—', '—', '—', '—'],
    })),
  ].sort(
    (a, b) => rank(a.key[0] ?? '') - rank(b.key[0] ?? '') || (a.key[1] ?? '').localeCompare(b.key[1] ?? ''),
  );
  const writes = rows.flatMap((r) => (r.records === undefined ? [] : [r.records]));
  const sum = (of: (r: Records) => number) => total(writes.map(of));
  recordSection({
    id: 'fault-matrix',
    title: 'Faults: card load, note save and To Do task',
    body: [
      `Each fault was injected by the demo tenant over real HTTP while the production code opened Priya Shah's prep card (rendered, with all ${sections} sections) or saved a value-add note with a "last update sent" or a To Do follow-up through the IndexedDB outbox, one note or task per save, and where and by whom each is written (another team's pane, another user on the device, two panes at once, the IndexedDB connection closed under the outbox); requests and faults fired are the tenant's own counts (for the closed pane, the answer it never read), sign-ins the new tokens fetched, waits the sleeps really taken against the Retry-After asked (the outbox's on a controlled clock, where nothing may be sent a millisecond early). Records are read back from the demo tenant: those stored in the intended team store (or To Do) by the intended author, lost and doubled against the one intended, and misplaced ones found in another team's store, by another author or in another user's To Do.`,
      '',
      markdownTable(
        [
          'fault',
          'operation',
          'injected',
          'requests',
          'sign-ins',
          'faults fired',
          'waited (ms vs asked)',
          'outcome',
          'records stored',
          'lost',
          'doubled',
          'misplaced',
        ],
        all.map((r) => r.cells),
      ),
      '',
      `faults injected: ${total(rows.map((r) => r.faultsFired))}, records written: ${sum((r) => r.stored)} of ${sum((r) => r.intended)}, lost: ${sum(lost)}, doubled: ${sum(doubled)}, misplaced: ${sum((r) => r.misplaced)}`,
    ].join('\n'),
  });
}
