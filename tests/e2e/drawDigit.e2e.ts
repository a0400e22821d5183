/**
 * The draw-digit slide (issue 14) on the built deck: a mouse stroke (FR) and a touch stroke (EN, touch emulation
 * through CDP) move `data-mu`, « Effacer » / "Clear" empties it to a clear state, print shows the stored example,
 * 100 drawings and clears leave tensors and listeners flat, and the live model (a few training steps on the
 * training slide, WASM backend) reads a drawing through the worker.
 * Run (after a build): flock /tmp/heavy.lock npx tsx --test tests/e2e/drawDigit.e2e.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, leakCounts, openPage, showSlide, startEnv, type DeckEnv } from './harness.ts';

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

const MU = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/;
const PAD = '#draw-digit canvas[data-draw-pad]';
const mu = (page: Page) => page.getAttribute('#draw-digit [data-mu]', 'data-mu');
/** A "7" as pad fractions. */
const SEVEN: Array<[number, number]> = [[0.2, 0.15], [0.5, 0.15], [0.8, 0.15], [0.7, 0.4], [0.6, 0.6], [0.5, 0.85]];

async function openSlide(query: string): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(env);
  await opened.page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await gotoDeck(env, opened.page, query, '#/draw-digit');
  await opened.page.waitForSelector('#draw-digit .dd-cols[data-source] [data-mu]', { timeout: 60_000 });
  return opened;
}

/** Draw `pts` (pad fractions) with the mouse in `steps` moves per segment. */
async function mouseStroke(page: Page, pts: Array<[number, number]>, steps = 3): Promise<void> {
  const box = (await page.locator(PAD).boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(pts[0]));
  await page.mouse.down();
  for (const p of pts.slice(1)) await page.mouse.move(...at(p), { steps });
  await page.mouse.up();
}

/** Wait until data-mu holds two finite numbers different from `previous`, and return it. */
async function nextMu(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction((prev) => {
    const m = document.querySelector('#draw-digit [data-mu]')?.getAttribute('data-mu') ?? '';
    return /,/.test(m) && m !== prev;
  }, previous, { timeout: 30_000 });
  const m = (await mu(page))!;
  assert.match(m, MU);
  assert.ok(m.split(',').every((v) => Number.isFinite(Number(v))), `μ = ${m} is finite`);
  return m;
}

async function clickClear(page: Page): Promise<void> {
  await page.click('#draw-digit [data-pad-clear]');
  await page.waitForFunction(() => document.querySelector('#draw-digit [data-mu]')?.getAttribute('data-mu') === '');
}

async function assertNoBadNumbers(page: Page, what: string): Promise<void> {
  assert.doesNotMatch(await page.locator('#draw-digit').innerText(), /NaN|Infinity|undefined/, what);
}

describe('the draw-digit slide', () => {
  it('FR, mouse: μ moves to two finite numbers, « Effacer » empties it; 100 drawings and clears leave no tensor or listener', async () => {
    const { page, problems } = await openSlide('');
    assert.equal(await page.textContent('#draw-digit [data-pad-clear]'), 'Effacer');
    await mouseStroke(page, SEVEN);
    const first = await nextMu(page, '');
    assert.equal(await page.getAttribute('#draw-digit [data-drawing-status]', 'data-drawing-status'), 'ok');
    assert.match((await page.getAttribute('#draw-digit [data-ae-z]', 'data-ae-z')) ?? '', MU, 'the AE reads the same drawing');
    await mouseStroke(page, [[0.3, 0.5], [0.7, 0.5]]);
    await nextMu(page, first);
    await clickClear(page);
    assert.equal(await page.getAttribute('#draw-digit [data-drawing-status]', 'data-drawing-status'), 'empty');
    assert.equal(await page.textContent('#draw-digit [data-mu]'), '—');
    await assertNoBadNumbers(page, 'after « Effacer »');
    await page.screenshot({ path: join(artifactsDir, 'draw-digit-fr.png') });

    // leak: a baseline after one drawing and clear, then 100 more by mouse
    await mouseStroke(page, SEVEN);
    await nextMu(page, '');
    await clickClear(page);
    await page.waitForTimeout(300);
    const base = await leakCounts(page);
    // the 100 run in the page (real PointerEvents on the pad's canvas, the « Effacer » button clicked), one round trip
    const done = await page.evaluate(async () => {
      const c = document.querySelector<HTMLCanvasElement>('#draw-digit canvas[data-draw-pad]')!;
      const out = document.querySelector<HTMLElement>('#draw-digit [data-mu]')!;
      const clear = document.querySelector<HTMLButtonElement>('#draw-digit [data-pad-clear]')!;
      const r = c.getBoundingClientRect();
      const fire = (type: string, fx: number, fy: number) => c.dispatchEvent(new PointerEvent(type, {
        bubbles: true, pointerId: 7, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1,
        clientX: r.left + fx * r.width, clientY: r.top + fy * r.height,
      }));
      const muSet = () => new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no μ after a drawing (data-mu="${out.dataset.mu}")`)), 10_000);
        const check = () => {
          if (/,/.test(out.dataset.mu ?? '')) { clearTimeout(timer); resolve(); } else requestAnimationFrame(check);
        };
        check();
      });
      let n = 0;
      for (let i = 0; i < 100; i++) {
        const j = (i % 5) * 0.05;
        fire('pointerdown', 0.3 + j, 0.2);
        fire('pointermove', 0.5, 0.5 + j);
        fire('pointermove', 0.4, 0.8);
        fire('pointerup', 0.4, 0.8);
        await muSet();
        if (!/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(out.dataset.mu!)) throw new Error(`bad μ ${out.dataset.mu}`);
        clear.click();
        if (out.dataset.mu !== '') await new Promise((res) => setTimeout(res, 50));
        if (out.dataset.mu === '') n++;
      }
      return n;
    });
    assert.equal(done, 100, 'each of the 100 drawings gave μ and each clear emptied it');
    await page.waitForTimeout(300);
    const end = await leakCounts(page);
    console.log(`draw-digit: after 100 drawings and clears: tensors ${base.tensors} → ${end.tensors}, listeners ${base.listeners} → ${end.listeners}, frames ${base.frames} → ${end.frames}, timeouts ${base.timeouts} → ${end.timeouts}`);
    assert.equal(end.tensors, base.tensors, 'tensors flat');
    assert.equal(end.listeners, base.listeners, 'listeners flat');
    assert.ok(end.frames <= base.frames + 1, `frames flat (${base.frames} → ${end.frames})`);
    await assertClean(page, problems, 'draw-digit FR');
    await page.close();
  });

  it('EN, touch: a finger stroke moves μ, "Clear" by touch empties it', async () => {
    const { page, problems } = await openSlide('?lang=en');
    assert.equal(await page.textContent('#draw-digit [data-pad-clear]'), 'Clear');
    const box = (await page.locator(PAD).boundingBox())!;
    const cdp = await env.context.newCDPSession(page);
    const pt = ([fx, fy]: [number, number]) => [{ x: box.x + fx * box.width, y: box.y + fy * box.height, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(SEVEN[0]) });
    for (const p of SEVEN.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(p) });
    // the finger rests before it lifts: lifted at speed, Chromium starts a fling and swallows the next tap
    await page.waitForTimeout(150);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt([0.5, 0.851]) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await nextMu(page, '');
    const clear = (await page.locator('#draw-digit [data-pad-clear]').boundingBox())!;
    const tap = [{ x: clear.x + clear.width / 2, y: clear.y + clear.height / 2, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: tap });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction(() => document.querySelector('#draw-digit [data-mu]')?.getAttribute('data-mu') === '');
    await assertNoBadNumbers(page, 'after "Clear"');
    await page.screenshot({ path: join(artifactsDir, 'draw-digit-en-touch.png') });
    await assertClean(page, problems, 'draw-digit EN touch');
    await page.close();
  });

  it('?print-pdf: the pad shows the stored example with its μ, never an empty box', async () => {
    const { page, problems } = await openSlide('?print-pdf');
    await page.waitForFunction(() => /,/.test(document.querySelector('#draw-digit [data-mu]')?.getAttribute('data-mu') ?? ''), null, { timeout: 30_000 });
    assert.match((await mu(page))!, MU);
    const dark = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('#draw-digit canvas[data-draw-pad]')!;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 128) n++;
      return n;
    });
    assert.ok(dark > 1000, `the printed pad has ink (${dark} dark pixels)`);
    await assertNoBadNumbers(page, 'print');
    await assertClean(page, problems, 'draw-digit print');
    await page.close();
  });

  it('live model (WASM): a few training steps, back on draw-digit « entraîné en direct » reads a drawing through the worker', async () => {
    const { page, problems } = await openSlide('?backend=wasm');
    await showSlide(page, 'training');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 60_000 });
    await page.click('#training .tr-play');
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.snapshotStep) > 0, null, { timeout: 60_000 });
    await page.click('#training .tr-play'); // pause
    await showSlide(page, 'draw-digit');
    await page.waitForSelector('#draw-digit input[value="live"]:not([disabled])', { timeout: 30_000 });
    await page.check('#draw-digit input[value="live"]');
    await page.waitForSelector('#draw-digit .dd-cols[data-source="live"] [data-mu]', { timeout: 30_000 });
    const caption = (await page.textContent('#draw-digit .dd-source')) ?? '';
    assert.match(caption, /direct|étape/i, `the caption names the live model: ${caption}`);
    await mouseStroke(page, SEVEN);
    const first = await nextMu(page, '');
    await mouseStroke(page, [[0.3, 0.5], [0.7, 0.5]]);
    await nextMu(page, first);
    await clickClear(page);
    await assertNoBadNumbers(page, 'live');
    await assertClean(page, problems, 'draw-digit live');
    await page.close();
  });
});
