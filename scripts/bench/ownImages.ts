/**
 * `npm run bench -- --own [--own-images 10000]`: the own-images slide in headless Chromium on a folder of N images at
 * CelebA's 178×218 (scripts/lib/ownImagesFolder.ts: Fashion-MNIST items as colour JPEG/PNG, repeated past 1,000 per
 * class): images/s preprocessed (the worker's own timing, file picked → images ready), samples/s trained (median of
 * 6 × 25-step requests), and the peak resident memory of Chromium's processes (browser, renderer, GPU, the worker's
 * renderer) sampled every 200 ms from /proc while preprocessing and training. Also the CelebA epoch extrapolation.
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, newDeckContext } from '../lib/chromium.ts';
import { serveDir } from '../lib/serve.ts';
import { buildOwnFolder } from '../lib/ownImagesFolder.ts';

/** Images in CelebA (the aligned set). */
export const CELEBA_IMAGES = 202_599;

/** What --own reports. */
export interface OwnBench {
  images: number;
  preprocess_images_per_s: number;
  train_samples_per_s: number;
  memory_peak_mb: number;
  memory_before_mb: number;
  celeba_epoch_minutes_extrapolated: number;
  load_average_1m: [number, number];
}

/** Resident memory (MB) of every process whose command line holds `marker`, and of their descendants. */
export function treeRssMb(marker: string): number {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<string, string>();
  const roots = new Set<string>();
  const rss = new Map<string, number>();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) roots.add(pid);
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      rss.set(pid, m ? Number(m[1]) : 0);
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: string): boolean => {
    for (let p: string | undefined = pid, hops = 0; p && p !== '0' && hops < 64; p = parent.get(p), hops++) if (roots.has(p)) return true;
    return false;
  };
  let kb = 0;
  for (const [pid, v] of rss) if (inTree(pid)) kb += v;
  return kb / 1024;
}

/** Run the own-images bench against dist/ (already built). */
export async function runOwnBench(root: string, images: number, say: (s: string) => void): Promise<OwnBench> {
  const loadBefore = loadavg()[0];
  const work = mkdtempSync(join(tmpdir(), 'own-bench-'));
  const marker = `--own-bench-${process.pid}`;
  const server = await serveDir(resolve(root, 'dist'));
  // an unknown switch Chromium ignores, so /proc can tell this browser's processes from any other Chromium
  const browser = await launchChromium({ args: [marker] });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(marker))), 200);
  try {
    const page = await (await newDeckContext(browser)).newPage();
    await page.goto(`${server.url}index.html#/title`);
    say(`own bench: writing a folder of ${images} images at 178×218…`);
    const folder = await buildOwnFolder(page, join(work, 'img_align_celeba'), Math.ceil(images / 4));
    await page.goto(`${server.url}index.html#/own-images`);
    await page.waitForSelector('#own-images .own-images[data-mode="live"]', { timeout: 60_000 });
    const before = treeRssMb(marker);
    peak = before;
    say('own bench: preprocessing in the worker…');
    await page.locator('#own-images .own-folder').setInputFiles(folder.dir);
    await page.waitForSelector('#own-images .own-images[data-preprocess-ms]', { timeout: 15 * 60_000 });
    const root_ = page.locator('#own-images .own-images');
    const count = Number(await root_.getAttribute('data-count'));
    const ms = Number(await root_.getAttribute('data-preprocess-ms'));
    say(`own bench: ${count} images in ${(ms / 1000).toFixed(1)} s; training…`);
    const speeds: number[] = [];
    for (let i = 1; i <= 6; i++) {
      await page.locator('#own-images .own-step').click();
      await page.waitForFunction((n) => document.querySelector<HTMLElement>('#own-images .own-c-step')?.dataset.value === String(25 * n), i, { timeout: 5 * 60_000 });
      speeds.push(Number(await page.locator('#own-images .own-c-speed').getAttribute('data-value')));
    }
    const sorted = speeds.slice(1).sort((a, b) => a - b); // the first request includes the backend's warm-up
    const samples = sorted[Math.floor(sorted.length / 2)];
    return {
      images: count,
      preprocess_images_per_s: Math.round(count / (ms / 1000)),
      train_samples_per_s: Math.round(samples),
      memory_peak_mb: Math.round(peak),
      memory_before_mb: Math.round(before),
      celeba_epoch_minutes_extrapolated: Number((CELEBA_IMAGES / samples / 60).toFixed(1)),
      load_average_1m: [Number(loadBefore.toFixed(2)), Number(loadavg()[0].toFixed(2))],
    };
  } finally {
    clearInterval(sampler);
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
