/**
 * Lighthouse scores of the built deck (performance, accessibility, best practices) with the mobile preset and the
 * desktop preset, served from dist/ by Vite's preview server, i.e. `npm run preview` (cross-origin isolated, and
 * compressed like a real host: the build's brotli copies, else gzip on the fly; a plain file server would send
 * main.js's 183 KB uncompressed instead of 46 KB). Uses the `lighthouse` CLI from node_modules and the system Chromium ($CHROME_PATH or the usual paths);
 * null when Lighthouse is not installed.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../lib/chromium.ts';
import { preview } from 'vite';

/** Scores (0–100) and the main timings of one Lighthouse run. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  best_practices: number;
  first_contentful_paint_ms: number;
  largest_contentful_paint_ms: number;
  total_blocking_time_ms: number;
}

/** Both presets. */
export interface LighthouseResult {
  mobile: LighthouseRun | null;
  desktop: LighthouseRun | null;
}

type LhJson = { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };

const run = promisify(execFile);

/**
 * One Lighthouse run. Asynchronous on purpose: the server that answers Lighthouse's Chromium runs in this process, and
 * a synchronous spawn would block its event loop (every run then timed out with no score).
 */
async function runOnce(bin: string, url: string, preset: 'mobile' | 'desktop', reportDir: string, say: (s: string) => void): Promise<LighthouseRun | null> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  try {
    const args = [url, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance,accessibility,best-practices', `--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir=${join(dir, 'profile')}`];
    if (preset === 'desktop') args.push('--preset=desktop');
    const failure = await run(bin, args, { env: { ...process.env, CHROME_PATH: findChromium() }, timeout: 5 * 60_000 }).then(
      () => null,
      (err: { stderr?: string; message: string }) => (err.stderr || err.message).trim().split('\n').slice(-2).join(' | '),
    );
    if (failure !== null || !existsSync(out)) {
      say(`lighthouse (${preset}) failed: ${failure ?? 'no report written'}`);
      return null;
    }
    // the whole report stays under artifacts/ (git-ignored), to read what Lighthouse blames
    const kept = join(reportDir, `${preset}.json`);
    mkdirSync(reportDir, { recursive: true });
    copyFileSync(out, kept);
    say(`Lighthouse (${preset}) report: ${kept}`);
    const j = JSON.parse(readFileSync(out, 'utf8')) as LhJson;
    const score = (k: string) => Math.round((j.categories[k]?.score ?? 0) * 100);
    const ms = (k: string) => Math.round(j.audits[k]?.numericValue ?? NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      first_contentful_paint_ms: ms('first-contentful-paint'),
      largest_contentful_paint_ms: ms('largest-contentful-paint'),
      total_blocking_time_ms: ms('total-blocking-time'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run Lighthouse (mobile, then desktop) on dist/; null when node_modules has no lighthouse. */
export async function measureLighthouse(root: string, say: (s: string) => void): Promise<LighthouseResult | null> {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) {
    say('Lighthouse: not installed (npm install): skipped');
    return null;
  }
  // vite.config.ts's preview block adds the isolation headers; port 0 takes a free port
  const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, open: false } });
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview did not report its address');
    const url = new URL('index.html', base).href;
    say('Lighthouse: mobile preset…');
    const reportDir = join(root, 'artifacts', 'lighthouse');
    const mobile = await runOnce(bin, url, 'mobile', reportDir, say);
    say('Lighthouse: desktop preset…');
    const desktop = await runOnce(bin, url, 'desktop', reportDir, say);
    return { mobile, desktop };
  } finally {
    await server.close();
  }
}
