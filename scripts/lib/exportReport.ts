/**
 * An export's report as JSON next to the file, for the e2e suite: with $EXPORT_REPORT set, `npm run pdf` and
 * `npm run pptx` write `FILE.report.json` (what the tests check: pages, slides, layout), so one export run can serve
 * several test files (tests/e2e/sharedExports.ts). Without the variable nothing is written.
 */
import { writeFileSync } from 'node:fs';

/** Write `report` as `${file}.report.json` when $EXPORT_REPORT is set; returns the path written, or null. */
export function writeExportReport(file: string, report: unknown): string | null {
  if (!process.env.EXPORT_REPORT) return null;
  const path = `${file}.report.json`;
  writeFileSync(path, JSON.stringify(report));
  return path;
}
