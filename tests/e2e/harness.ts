import { after } from 'node:test';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newDeckContext, type LaunchOptions } from '../../scripts/lib/chromium.ts';
import { serveDir, type ServeOptions } from '../../scripts/lib/serve.ts';
import { installLeakProbe, type LeakCounts } from '../support/leakProbe.ts';

/** Where e2e runs write screenshots and reports (git-ignored). */
export const artifactsDir = resolve(import.meta.dirname, '../../artifacts/e2e');
/** The built deck the suite serves (run `npm run build` first; `npm test` does); $DECK_DIST overrides it. */
export const distDir = process.env.DECK_DIST ? resolve(process.env.DECK_DIST) : resolve(import.meta.dirname, '../../dist');

/** A served build + a headless Chromium, shared by the tests of one file. */
export interface DeckEnv {
  url: string;
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

let shared: Promise<Browser> | null = null;
// The test file's shared Chromium goes when its last test is done.
after(async () => {
  const browser = await shared?.catch(() => null);
  shared = null;
  await browser?.close().catch(() => {});
});

/**
 * Serve dist/ on 127.0.0.1 and open a fresh browser context (its own storage, cookies and pages). With default
 * launch options the context lives in one Chromium shared by the test file (a launch takes 1–7 s on 2 busy cores);
 * launch options (no WebGL, flags) get a Chromium of their own, closed with the environment.
 */
export async function startEnv(opts: { launch?: LaunchOptions; serve?: ServeOptions } = {}): Promise<DeckEnv> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(artifactsDir, { recursive: true });
  const server = await serveDir(distDir, opts.serve);
  const own = opts.launch !== undefined;
  const browser = own ? await launchChromium(opts.launch) : await (shared ??= launchChromium());
  const context = await newDeckContext(browser);
  return {
    url: server.url,
    browser,
    context,
    async close() {
      await context.close().catch(() => {});
      if (own) await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Everything a page did wrong: console errors, page errors, failed requests, requests to other origins, CSP. */
export interface PageProblems {
  errors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/** Record CSP violations in `window.__csp` (injected before the page's own scripts). */
function recordCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    const list = ((window as any).__csp ??= []);
    list.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

/** Source of a self-contained function as an init script (tsx's transform may reference its `__name` helper). */
export function asInitScript(fn: () => void): string {
  return `(() => { const __name = (f) => f; (${fn.toString()})(); })();`;
}

/** Open a page that records its problems and carries the leak probe. */
export async function openPage(env: DeckEnv, allow: { failedRequest?: RegExp; consoleError?: RegExp } = {}): Promise<{
  page: Page;
  problems: PageProblems;
}> {
  const page = await env.context.newPage();
  await page.addInitScript({ content: asInitScript(installLeakProbe) });
  await page.addInitScript({ content: asInitScript(recordCspViolations) });
  const origin = new URL(env.url).origin;
  const problems: PageProblems = { errors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (allow.consoleError?.test(text)) return;
    if (allow.failedRequest && /Failed to load resource/.test(text)) return;
    problems.errors.push(text);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) problems.foreignRequests.push(u);
  });
  page.on('requestfailed', (req) => {
    // The deck fetches its slide modules in the background after the first move, and the browser its favicon after the
    // load: a test that navigates away meanwhile cuts one of those (net::ERR_ABORTED), which is no fault of the page.
    // Any other failure counts.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && /^\/(assets\/[\w.-]+\.js|favicon\.svg)$/.test(new URL(req.url()).pathname)) return;
    if (!allow.failedRequest?.test(req.url())) problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !allow.failedRequest?.test(res.url())) problems.failedRequests.push(`${res.url()} ${res.status()}`);
  });
  return { page, problems };
}

/** Navigate to the deck with a query and hash, and wait until the deck says it is ready. */
export async function gotoDeck(env: DeckEnv, page: Page, query = '', hash = ''): Promise<void> {
  await page.goto(`${env.url}index.html${query}${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 60_000 });
}

/** Go to a slide through the deck API and wait for its live part. */
export async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => (window as any).__deck.goTo(slideId), id);
}

/**
 * Wait until reveal.js's slide fade is over (a CSS transition on the slide sections, 0.4 s at its "fast" speed): a
 * condition instead of a fixed sleep. Reading the animations makes the page compute its styles, so a fade just
 * started counts; transitions inside a slide (widgets, charts) are not waited for unless `targets` names them
 * (e.g. `'.reveal .slides section, .reveal .slides section .fragment'` for the step-by-step reveals too).
 */
export async function transitionsDone(page: Page, timeout = 10_000, targets = '.reveal .slides section'): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      !document.getAnimations().some((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        return a instanceof CSSTransition && a.playState === 'running' && !!target?.matches(selector);
      }),
    targets,
    { timeout, polling: 50 },
  );
}

/** The ordered slide ids of the running deck. */
export function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__deck.ids as string[]);
}

/** Wait until slide `id` has mounted (or failed), then report its mount error and how many charts or images it drew. */
export async function mountedParts(page: Page, id: string): Promise<{ error: string | null; parts: number }> {
  await page.waitForFunction((sid) => ['true', 'error'].includes(document.getElementById(sid)?.dataset.mounted ?? ''), id, { timeout: 90_000 });
  return page.evaluate((sid) => {
    const s = document.getElementById(sid)!;
    return { error: s.querySelector('.mount-error')?.textContent ?? null, parts: s.querySelectorAll('.slide-content canvas, .slide-content svg:not(.katex svg)').length };
  }, id);
}

/** Read the leak counters plus the deck's own probes (tensors, mounted scopes …). */
export async function leakCounts(page: Page): Promise<LeakCounts & Record<string, number>> {
  return page.evaluate(() => ({ ...(window as any).__leakProbe(), ...(window as any).__deck.probes() }));
}

/** Collected CSP violations of the page. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as any).__csp ?? []) as string[]);
}

/** Throw with a readable summary when a page had any problem. */
export async function assertClean(page: Page, problems: PageProblems, what: string): Promise<void> {
  problems.cspViolations = await cspViolations(page).catch(() => []);
  const lines = [
    ...problems.errors.map((e) => `console: ${e}`),
    ...problems.failedRequests.map((e) => `request failed: ${e}`),
    ...problems.foreignRequests.map((e) => `other origin: ${e}`),
    ...problems.cspViolations.map((e) => `CSP: ${e}`),
  ];
  if (lines.length) throw new Error(`${what}:\n  ${lines.join('\n  ')}`);
}
