/**
 * The second half of `npm run bench`: measure the deck in the browser, size the bundle, compare the whole run with
 * the committed bench/results.json, print it (text or one JSON object) and, with --save, write the results file and
 * the README table. Returns the exit code: 1 only for regressions under --strict.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleSizes, shippedGzipBytes } from './bundleSizes.ts';
import { compareResults, REGRESSION_THRESHOLD } from './compare.ts';
import { measureDeck } from './deckMetrics.ts';
import { measureLighthouse } from './lighthouse.ts';
import { machineInfo, markdownReport, textReport, updateReadme } from './report.ts';

/** Options read from the command line by scripts/bench.ts. */
export interface DeckReportOptions {
  root: string;
  json: boolean;
  /** Exit non-zero when a figure regressed by more than 10 %. */
  strict: boolean;
  /** Write bench/results.json and README's table. */
  save: boolean;
  /** Skip the browser-level deck measurements (engine figures and bundle only). */
  skipDeck: boolean;
  /** The command line shown in the README. */
  command: string;
}

/** Path of the committed results file. */
export const resultsPath = (root: string) => join(root, 'bench', 'results.json');

/** Complete `engine` (the training figures) with the deck's own, report, compare, save; resolves to the exit code. */
export async function finishBench(engine: Record<string, unknown>, opts: DeckReportOptions): Promise<number> {
  const say = (s: string) => process.stderr.write(`${s}\n`);
  // the engine half records the load before it started; the deck half runs after it and would see its own load
  const load = (engine.load_average_1m as number[] | undefined)?.[0] ?? loadavg()[0];
  const dist = join(opts.root, 'dist');
  const deck = opts.skipDeck ? null : await measureDeck(dist, say);
  const lighthouse = opts.skipDeck ? null : await measureLighthouse(opts.root, say);
  const bundle = bundleSizes(dist).filter((c) => !/^bench\./.test(c.chunk));
  const machine = machineInfo(deck?.chromium ?? 'not measured', (engine.webgl_renderer as string | null | undefined) ?? null, Number(load.toFixed(2)));
  const current: Record<string, unknown> = {
    ...engine,
    deck,
    lighthouse,
    bundle,
    bundle_gzip_total_bytes: shippedGzipBytes(bundle),
    machine,
  };
  const file = resultsPath(opts.root);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
  const rows = compareResults(current, previous);
  const regressions = rows.filter((r) => r.regression);
  current.regressions = regressions.map((r) => ({ key: r.key, value: r.value, previous: r.previous, change: Number(r.change!.toFixed(3)) }));
  current.compared_with = previous ? ((previous.machine as { date?: string } | undefined)?.date ?? 'unknown date') : null;

  if (opts.json) console.log(JSON.stringify(current));
  else {
    console.log('');
    console.log(textReport(rows, machine));
  }
  if (regressions.length) {
    say(`\n⚠ ${regressions.length} regression(s) over ${REGRESSION_THRESHOLD * 100} % against bench/results.json (${current.compared_with}):`);
    for (const r of regressions) say(`  REGRESSION ${r.label}: ${r.previous} → ${r.value} ${r.unit} (${(r.change! * 100).toFixed(1)} %)`);
    if (!opts.strict) say('  (reported only; run with --strict to fail on them)');
  } else if (previous) say(`\nno regression over ${REGRESSION_THRESHOLD * 100} % against bench/results.json (${current.compared_with})`);
  else say('\nno bench/results.json yet: nothing to compare with (run with --save to create it)');

  if (opts.save) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
    const md = markdownReport(rows, machine, opts.command);
    say(updateReadme(join(opts.root, 'README.md'), md) ? `saved ${file} and README.md's benchmark table` : `saved ${file} (README.md has no bench markers)`);
  }
  return opts.strict && regressions.length ? 1 : 0;
}
