import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The reliability, security and accessibility checks in `npm test` each record what they tried and
 * what they found as one section of docs/reliability.md. A section is written only by a run of its
 * tests; `scripts/reliability-report.ts` joins the sections (and refuses when one is missing).
 */

export const REPORT_DIR = path.resolve(__dirname, '../../reports/reliability');

/** The sections, in the order docs/reliability.md shows them. */
export const RELIABILITY_SECTIONS = [
  'hostile-input',
  'fault-matrix',
  'security',
  'accessibility',
  'keyboard',
] as const;

export type ReliabilitySectionId = (typeof RELIABILITY_SECTIONS)[number];

export type ReliabilitySection = {
  id: ReliabilitySectionId;
  /** The section heading, e.g. "Hostile input". */
  title: string;
  /** Markdown: a sentence on what was run, then the figures (tables welcome). */
  body: string;
};

/** Writes one section for the report; call it once the section's tests have passed. */
export function recordSection(section: ReliabilitySection): void {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(
    path.join(REPORT_DIR, `${section.id}.json`),
    `${JSON.stringify({ ...section, recordedAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

/** A Markdown table from a header row and data rows; cells are escaped for pipes and new lines. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cell = (value: string | number) => String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
