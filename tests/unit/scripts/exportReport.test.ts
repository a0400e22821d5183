import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExportReport } from '../../../scripts/lib/exportReport.ts';

const work = mkdtempSync(join(tmpdir(), 'export-report-'));
const saved = process.env.EXPORT_REPORT;
afterEach(() => {
  if (saved === undefined) delete process.env.EXPORT_REPORT;
  else process.env.EXPORT_REPORT = saved;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeExportReport', () => {
  it('writes nothing without $EXPORT_REPORT (a plain npm run pdf / pptx)', () => {
    delete process.env.EXPORT_REPORT;
    const file = join(work, 'plain.pdf');
    expect(writeExportReport(file, { path: file })).toBeNull();
    expect(existsSync(`${file}.report.json`)).toBe(false);
  });

  it('with $EXPORT_REPORT set, writes the report as FILE.report.json, read back equal', () => {
    process.env.EXPORT_REPORT = '1';
    const file = join(work, 'handout.pdf');
    const report = { path: file, size: { width: 1280, height: 748 }, pages: [{ id: 'title', charts: [{ x: 0.1, y: 0.2, w: 0.3, h: 0.4 }] }] };
    expect(writeExportReport(file, report)).toBe(`${file}.report.json`);
    expect(JSON.parse(readFileSync(`${file}.report.json`, 'utf8'))).toEqual(report);
  });
});
