/** Text and Markdown renderings of a benchmark run, the machine it ran on, and the README section they fill. */
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Comparison } from './compare.ts';

/** Where and when a run happened. */
export interface MachineInfo {
  date: string;
  os: string;
  cpus: number;
  cpu_model: string;
  memory_gib: number;
  gpu: string;
  node: string;
  chromium: string;
  /** 1-minute load average at the start of the run: other processes competing for the cores skew every timing. */
  load_average_1m: number | null;
}

/** Describe this machine; `webglRenderer` is what the benchmark page saw (null: no WebGL at all). */
export function machineInfo(chromium: string, webglRenderer: string | null, load: number | null): MachineInfo {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const os = /PRETTY_NAME="([^"]+)"/.exec(release)?.[1] ?? `${process.platform} ${process.arch}`;
  const software = webglRenderer !== null && /swiftshader|llvmpipe|softpipe|software/i.test(webglRenderer);
  return {
    date: new Date().toISOString().slice(0, 10),
    os,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model.trim() ?? 'unknown',
    memory_gib: Math.round(totalmem() / 2 ** 30),
    gpu: webglRenderer === null ? 'none (no WebGL)' : software ? 'none (WebGL = SwiftShader, software)' : webglRenderer,
    node: process.version,
    chromium,
    load_average_1m: load,
  };
}

/** A figure for people: thousands separators, KiB for bytes, one decimal for small values. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'B') return `${(value / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KiB`;
  // ratios always with two decimals (×7.62, ×10.40): a ratio of 10 or more once asked Intl for min 2 > max 1 decimals
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const n = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: unit === '×' ? 2 : 0 });
  return unit === '×' ? `×${n}` : `${n} ${unit}`;
}

function changeText(c: Comparison): string {
  if (c.change === null) return '—';
  const pct = `${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(1)} %`;
  return c.regression ? `**${pct} ⚠ regression**` : pct;
}

/** Plain-text table for the terminal, regressions marked with "REGRESSION". */
export function textReport(rows: Comparison[], machine: MachineInfo): string {
  const width = Math.max(...rows.map((r) => r.label.length));
  const lines = rows.map((r) => {
    const prev = r.previous === null ? '' : `  (was ${formatValue(r.previous, r.unit)}, ${changeText(r).replace(/\*\*/g, '')})`;
    return `${r.regression ? '!' : ' '} ${r.label.padEnd(width)}  ${formatValue(r.value, r.unit).padStart(12)}${prev}`;
  });
  return [`${machine.date} · ${machineLine(machine)}`, ...lines].join('\n');
}

/** "2 CPUs (…), 8 GiB, no GPU …, Debian …, Node v20…, Chromium …, load 1.2". */
export function machineLine(m: MachineInfo): string {
  const load = m.load_average_1m === null ? '' : `, load average ${m.load_average_1m.toFixed(1)} at start`;
  return `${m.cpus} CPU cores (${m.cpu_model}), ${m.memory_gib} GiB, GPU: ${m.gpu}, ${m.os}, Node ${m.node}, Chromium ${m.chromium}${load}`;
}

/** The README's benchmark tables (Markdown): headline figures, then chunk sizes. */
export function markdownReport(rows: Comparison[], machine: MachineInfo, command: string): string {
  const head = rows.filter((r) => !r.key.startsWith('bundle.') || r.key === 'bundle.total');
  const chunks = rows.filter((r) => r.key.startsWith('bundle.') && r.key !== 'bundle.total');
  const table = (list: Comparison[], first: string) => [
    `| ${first} | Value | Previous | Change |`,
    '|---|---:|---:|---:|',
    ...list.map((r) => `| ${r.label.replace(/^gzip /, '')} | ${formatValue(r.value, r.unit)} | ${r.previous === null ? '—' : formatValue(r.previous, r.unit)} | ${changeText(r)} |`),
  ];
  return [
    `Measured on ${machine.date} with \`${command}\` on ${machineLine(machine)}.`,
    '',
    ...table(head, 'Measure'),
    '',
    'Bundle, gzip size per chunk of `dist/assets` (only one of the three `.wasm` files is downloaded: SIMD on one thread, or the threaded SIMD build from 4 cores up on an isolated page):',
    '',
    ...table(chunks, 'Chunk'),
  ].join('\n');
}

const BEGIN = '<!-- bench:begin (written by npm run bench -- --save) -->';
const END = '<!-- bench:end -->';

/** Replace the generated part of README's "## Benchmarks" section (between the bench markers); false if absent. */
export function updateReadme(readmePath: string, markdown: string): boolean {
  if (!existsSync(readmePath)) return false;
  const text = readFileSync(readmePath, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  writeFileSync(readmePath, `${text.slice(0, a + BEGIN.length)}\n${markdown}\n${text.slice(b)}`);
  return true;
}

/** The markers to put once in README.md for updateReadme. */
export const readmeMarkers = { begin: BEGIN, end: END };
