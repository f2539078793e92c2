// The headline figures of each bench, gathered into one table at the end of `npm run bench` (bench/all.ts).
// A bench run alone (npm run bench:xml …) prints its own report only: rows are kept when BENCH_SUMMARY_FILE
// names the file bench/all.ts reads back.
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface SummaryRow {
  /** Which bench measured it, e.g. "xml". */
  bench: string;
  measure: string;
  ours: string;
  /** The peer measured in the same run, with its name. */
  peer: string;
  /** ours/peer, as the bench words it ("0.41×", "2.4× faster"). */
  ratio: string;
  goal: string;
  /** Whether the goal is met; undefined when the row has no pass mark. */
  met?: boolean | undefined;
}

export interface RecordedRow extends SummaryRow {
  /** 1-minute load average when the row was measured. */
  load: number;
}

export const SUMMARY_FILE_ENV = 'BENCH_SUMMARY_FILE';

export function addSummaryRow(row: SummaryRow): void {
  const file = process.env[SUMMARY_FILE_ENV];
  if (!file) return;
  const recorded: RecordedRow = { ...row, load: loadavg()[0]! };
  appendFileSync(file, `${JSON.stringify(recorded)}\n`);
}
