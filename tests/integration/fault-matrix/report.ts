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
  /** Note saves only. */
  notesStored?: number;
};

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
      const notes = r.notesStored;
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
          notes ?? '—',
          notes === undefined ? '—' : Math.max(0, 1 - notes),
          notes === undefined ? '—' : Math.max(0, notes - 1),
        ],
      };
    }),
    ...NOT_APPLICABLE.map((n) => ({
      key: [n.fault, n.operation],
      cells: [n.fault, n.operation, '—', '—', '—', '—', '—', `not applicable: ${n.why}`, '—', '—', '—'],
    })),
  ].sort(
    (a, b) => rank(a.key[0] ?? '') - rank(b.key[0] ?? '') || (a.key[1] ?? '').localeCompare(b.key[1] ?? ''),
  );
  const saves = rows.filter((r) => r.notesStored !== undefined);
  const stored = total(saves.map((r) => r.notesStored ?? 0));
  const lost = total(saves.map((r) => Math.max(0, 1 - (r.notesStored ?? 0))));
  const duplicated = total(saves.map((r) => Math.max(0, (r.notesStored ?? 0) - 1)));
  recordSection({
    id: 'fault-matrix',
    title: 'Faults: card load and note save',
    body: [
      `Each fault was injected by the demo tenant over real HTTP while the production code opened Priya Shah's prep card (rendered, with all ${sections} sections) or saved a value-add note with a "last update sent" through the IndexedDB outbox, one note per save; requests and faults fired are the tenant's own counts (for the closed pane, the answer it never read), sign-ins the new tokens fetched, waits the sleeps really taken against the Retry-After asked (the outbox's on a controlled clock, where nothing may be sent a millisecond early).`,
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
          'notes stored',
          'lost',
          'duplicated',
        ],
        all.map((r) => r.cells),
      ),
      '',
      `faults injected: ${total(rows.map((r) => r.faultsFired))}, notes saved: ${stored}, lost: ${lost}, duplicated: ${duplicated}`,
    ].join('\n'),
  });
}
