/** What the fault suite (faults.e2e.ts) needs around a page: slide state, the training dashboard, environments. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ServeOptions } from '../../scripts/lib/serve.ts';
import type { LaunchOptions } from '../../scripts/lib/chromium.ts';
import { artifactsDir, distDir, showSlide, slideIds, startEnv, type DeckEnv } from './harness.ts';

export const shotsDir = join(artifactsDir, 'faults');
mkdirSync(shotsDir, { recursive: true });

/** What a slide shows after its mount settled. */
export interface SlideState {
  mounted: string | null;
  mountError: string | null;
  /** Text of every visible error notice (.notice-error, .mount-error). */
  notices: string[];
  brokenNumber: boolean;
  /** A "Chargement du modèle…" line still on screen. */
  loading: boolean;
  /** data-backend of the slide's "Calcul : …" badge, or null when it has none. */
  backend: string | null;
}

export function readSlide(page: Page, id: string): Promise<SlideState> {
  return page.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const notices = [...section.querySelectorAll<HTMLElement>('.notice-error, .mount-error')].map((e) => e.innerText.trim()).filter(Boolean);
    return {
      mounted: section.dataset.mounted ?? null,
      mountError: section.querySelector('.mount-error')?.textContent ?? null,
      notices,
      brokenNumber: /\bNaN\b|Infinity|∞|undefined/.test(section.innerText),
      loading: /Chargement du modèle|Loading the (pretrained )?model/.test(section.innerText),
      backend: section.querySelector<HTMLElement>(':scope > .backend-badge')?.dataset.backend ?? null,
    };
  }, id);
}

/**
 * Show a slide and let it settle: the deck's goTo resolves once the slide's mount has settled (its model and data
 * loaded, or its notice shown); two animation frames then let the charts draw, and `settleMs` covers what a mount
 * starts without awaiting.
 */
export async function visit(page: Page, id: string, settleMs = 200): Promise<SlideState> {
  await showSlide(page, id);
  await afterFrames(page);
  await page.waitForTimeout(settleMs);
  return readSlide(page, id);
}

/** Resolve after the page has drawn two more animation frames. */
export function afterFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

export async function shoot(page: Page, name: string): Promise<void> {
  for (const lang of ['fr', 'en'] as const) {
    await page.evaluate((l) => (window as any).__deck.setLang(l), lang); // resolves once the slide has remounted
    await afterFrames(page);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(shotsDir, `${name}-${lang}.png`) });
  }
  await page.evaluate(() => (window as any).__deck.setLang('fr'));
}

/** The training dashboard's counters and messages. */
export function dashboard(page: Page) {
  return page.evaluate(() => {
    const d = document.querySelector<HTMLElement>('#training .tr-dashboard');
    if (!d) return null;
    // no named inner functions here: tsx would wrap them in a __name helper the page lacks
    return {
      ready: d.dataset.ready === 'true',
      state: d.dataset.state ?? '',
      view: d.dataset.view ?? '',
      step: Number(d.querySelector<HTMLElement>('.tr-step-value')?.dataset.value || 0),
      snapshotStep: Number(d.dataset.snapshotStep ?? 0),
      lastLoss: d.dataset.lastLoss ?? '',
      negElbo: d.dataset.negElbo ?? '',
      badge: d.querySelector('.tr-backend')?.textContent ?? '',
      badgeTitle: d.querySelector('.tr-backend')?.getAttribute('title') ?? '',
      status: d.querySelector('.tr-status')?.textContent ?? '',
      text: d.innerText,
    };
  });
}

type Dash = NonNullable<Awaited<ReturnType<typeof dashboard>>>;

/** Poll the dashboard until `ok` holds (or fail with the last state seen). */
export async function waitDash(page: Page, ok: (d: Dash) => boolean, timeoutMs: number, what: string): Promise<Dash> {
  const end = Date.now() + timeoutMs;
  let last: Dash | null = null;
  while (Date.now() < end) {
    last = await dashboard(page);
    if (last && ok(last)) return last;
    await page.waitForTimeout(400);
  }
  throw new Error(`${what}: timed out; last dashboard state ${JSON.stringify({ ...last, text: undefined })}`);
}

/** The slides that compute with a model on the page (they pin a "Calcul : …" badge). */
export const modelSlides = ['ae-vs-vae-live', 'vae-uses-live', 'latent-space', 'latent-in-vae', 'generating', 'generation-demo', 'latent-explorer'];

/** Show a slide and wait until its backend badge is up; returns the backend it names. */
export async function slideBackend(page: Page, id: string): Promise<string | null> {
  await showSlide(page, id);
  await page.waitForSelector(`#${id} > .backend-badge`, { timeout: 60_000 }).catch(() => null);
  return (await readSlide(page, id)).backend;
}

/** Run `body` against a fresh server + browser and always close them. */
export async function withEnv(opts: { launch?: LaunchOptions; serve?: ServeOptions }, body: (env: DeckEnv) => Promise<void>): Promise<void> {
  const env = await startEnv(opts);
  try {
    await body(env);
  } finally {
    await env.close();
  }
}

/**
 * Visit every slide; slides whose mount fetched a URL matching `needs` must show a notice matching `message`,
 * every other slide must be clean. Returns the ids that showed the notice.
 */
export async function everySlideCopes(page: Page, needs: RegExp, message: RegExp): Promise<string[]> {
  const fetched = new Set<string>();
  let current = '';
  const onRequest = (req: { url(): string }) => {
    if (needs.test(req.url())) fetched.add(current);
  };
  page.on('request', onRequest);
  const noticed: string[] = [];
  for (const id of await slideIds(page)) {
    current = id;
    let s = await visit(page, id);
    // the training worker fetches in the background: let it settle so its requests are not blamed on the next slide
    if (id === 'training') await waitDash(page, (d) => d.ready || (d.status !== '' && !/Démarrage|Starting/.test(d.status)), 90_000, 'training settles');
    assert.equal(s.mountError, null, `slide ${id}: mount failed: ${s.mountError}`);
    assert.ok(!s.brokenNumber, `slide ${id} shows NaN/∞/undefined`);
    if (fetched.has(id) && id !== 'training') {
      for (let i = 0; i < 25 && !s.notices.some((n) => message.test(n)); i++) {
        await page.waitForTimeout(200);
        s = await readSlide(page, id);
      }
      assert.ok(s.notices.some((n) => message.test(n)), `slide ${id} needs ${needs} but shows no clear message (notices: ${JSON.stringify(s.notices)})`);
      assert.ok(!s.loading, `slide ${id} still says it is loading above its error message`);
      noticed.push(id);
    } else if (id !== 'training') {
      const unrelated = s.notices.filter((n) => !message.test(n));
      assert.deepEqual(unrelated, [], `slide ${id} shows an error unrelated to the fault`);
    }
  }
  page.off('request', onRequest);
  return noticed;
}

/** Press play and wait until the loss has been reported `steps` steps in, finite. */
export async function trainsFor(page: Page, steps: number, timeoutMs: number): Promise<Dash> {
  await showSlide(page, 'training');
  await waitDash(page, (d) => d.ready && d.state !== '' && d.view === 'live', 90_000, 'training ready');
  await page.click('#training .tr-play');
  const d = await waitDash(page, (x) => x.step >= steps && x.lastLoss !== '', timeoutMs, `training ${steps} steps`);
  assert.ok(Number.isFinite(Number(d.lastLoss)), `loss is finite (${d.lastLoss})`);
  await page.click('#training .tr-play'); // pause
  // wait for the pause to land: a play pressed while the pause is still pending would toggle it back to paused
  return waitDash(page, (x) => x.state === 'paused', 30_000, 'paused after training');
}

export const dist = (path: string) => readFileSync(join(distDir, path));
