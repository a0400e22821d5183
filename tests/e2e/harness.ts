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

/** Serve dist/ on 127.0.0.1 and launch Chromium. */
export async function startEnv(opts: { launch?: LaunchOptions; serve?: ServeOptions } = {}): Promise<DeckEnv> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(artifactsDir, { recursive: true });
  const server = await serveDir(distDir, opts.serve);
  const browser = await launchChromium(opts.launch);
  const context = await newDeckContext(browser);
  return {
    url: server.url,
    browser,
    context,
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
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

/** The ordered slide ids of the running deck. */
export function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__deck.ids as string[]);
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
