/**
 * The compact drawing pads on the slides where they teach (issue 14), on the built deck: latent-space by mouse (μ and
 * the explorer follow the drawing), ae-vs-vae-live by touch (CDP touch emulation: the same drawing through both
 * encoders), vae-uses-live by mouse (a digit stays under the anomaly threshold, a scribble goes above it: measured and
 * printed). Each slide fits 1280×720 and 1920×1080 in FR/EN, light/dark (screenshots in artifacts/e2e/pad-*.png),
 * and drawing, leaving and coming back leaves tensors and listeners flat.
 * Run (after a build): flock /tmp/heavy.lock npx tsx --test tests/e2e/padSlides.e2e.ts
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
const SLIDES = ['latent-space', 'ae-vs-vae-live', 'vae-uses-live'] as const;
/** A "7" as pad fractions. */
const SEVEN: Array<[number, number]> = [[0.2, 0.15], [0.5, 0.15], [0.8, 0.15], [0.7, 0.4], [0.6, 0.6], [0.5, 0.85]];
/** A zigzag over the whole pad: ink everywhere, no digit. */
const SCRIBBLE: Array<[number, number]> = Array.from({ length: 13 }, (_, k) => [k % 2 ? 0.95 : 0.05, 0.05 + (0.9 * k) / 12]);

const pad = (id: string) => `#${id} canvas[data-draw-pad]`;
const muOf = (page: Page, id: string) => page.getAttribute(`#${id} [data-mu]`, 'data-mu');

async function openSlide(id: string, query = ''): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(env);
  await opened.page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await gotoDeck(env, opened.page, query, `#/${id}`);
  await opened.page.waitForSelector(`#${id} canvas[data-draw-pad]`, { timeout: 60_000 });
  return opened;
}

async function mouseStroke(page: Page, id: string, pts: Array<[number, number]>, steps = 3): Promise<void> {
  const box = (await page.locator(pad(id)).boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + fx * box.width, box.y + fy * box.height] as const;
  await page.mouse.move(...at(pts[0]));
  await page.mouse.down();
  for (const p of pts.slice(1)) await page.mouse.move(...at(p), { steps });
  await page.mouse.up();
}

/** Wait until data-mu on slide `id` holds two finite numbers different from `previous`. */
async function nextMu(page: Page, id: string, previous: string | null): Promise<string> {
  await page.waitForFunction(([sid, prev]) => {
    const m = document.querySelector(`#${sid} [data-mu]`)?.getAttribute('data-mu') ?? '';
    return /,/.test(m) && m !== prev;
  }, [id, previous] as const, { timeout: 30_000 });
  const m = (await muOf(page, id))!;
  assert.match(m, MU);
  return m;
}

async function clear(page: Page, id: string): Promise<void> {
  await page.click(`#${id} [data-pad-clear]`);
  await page.waitForFunction((sid) => document.querySelector(`#${sid} [data-mu]`)?.getAttribute('data-mu') === '', id);
}

async function assertNoBadNumbers(page: Page, id: string, what: string): Promise<void> {
  assert.doesNotMatch(await page.locator(`#${id}`).innerText(), /NaN|Infinity|undefined/, what);
}

describe('the compact pads on latent-space, ae-vs-vae-live and vae-uses-live', () => {
  it('latent-space, mouse (FR): μ moves, the explorer shows z = μ; « Effacer » empties μ', async () => {
    const id = 'latent-space';
    const { page, problems } = await openSlide(id);
    assert.equal(await page.textContent(`#${id} [data-pad-clear]`), 'Effacer');
    assert.equal(await page.locator('canvas[data-draw-pad]').count(), 1, 'one pad on the slide (draw-digit keeps its own)');
    await mouseStroke(page, id, SEVEN);
    const mu = (await nextMu(page, id, '')).split(',').map(Number);
    const z1 = Number(await page.getAttribute(`#${id} .z1`, 'data-value'));
    const z2 = Number(await page.getAttribute(`#${id} .z2`, 'data-value'));
    assert.ok(Math.abs(z1 - mu[0]) < 1e-3 && Math.abs(z2 - mu[1]) < 1e-3, `the explorer shows μ (${z1}, ${z2} vs ${mu})`);
    await clear(page, id);
    await assertNoBadNumbers(page, id, 'after « Effacer »');
    await assertClean(page, problems, 'latent-space pad');
    await page.close();
  });

  it('ae-vs-vae-live, touch (EN): a finger stroke goes through both encoders; "Clear" by touch empties both', async () => {
    const id = 'ae-vs-vae-live';
    const { page, problems } = await openSlide(id, '?lang=en');
    await page.waitForSelector(`#${id} .cmp-classes[data-classes]`, { timeout: 60_000 });
    assert.equal(await page.textContent(`#${id} [data-pad-clear]`), 'Clear');
    const box = (await page.locator(pad(id)).boundingBox())!;
    const cdp = await env.context.newCDPSession(page);
    const pt = ([fx, fy]: [number, number], n = 1) => [{ x: box.x + fx * box.width, y: box.y + fy * box.height, id: n }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pt(SEVEN[0]) });
    for (const p of SEVEN.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt(p) });
    await page.waitForTimeout(150); // the finger rests before it lifts (lifted at speed, Chromium flings)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pt([0.5, 0.851]) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await nextMu(page, id, '');
    await page.waitForFunction((sid) => /,/.test(document.querySelector(`#${sid} [data-ae-z]`)?.getAttribute('data-ae-z') ?? ''), id);
    // The 12 draws z ~ N(0, I) are ink discs of the same radius marked with a cross; the drawing's dot has none.
    const marks = await page.evaluate((sid) => ['ae', 'vae'].map((k) => {
      const ann = `#${sid} .cmp-col[data-kind="${k}"] .annotations`;
      const discs = [...document.querySelectorAll(`${ann} circle`)].filter((c) => c.getAttribute('r') === '7').length;
      return discs - document.querySelectorAll(`${ann} path.marker-cross`).length;
    }), id);
    assert.deepEqual(marks, [1, 1], 'one drawing dot on each plane');
    const clearBox = (await page.locator(`#${id} [data-pad-clear]`).boundingBox())!;
    const tap = [{ x: clearBox.x + clearBox.width / 2, y: clearBox.y + clearBox.height / 2, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: tap });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction((sid) => document.querySelector(`#${sid} [data-mu]`)?.getAttribute('data-mu') === ''
      && document.querySelector(`#${sid} [data-ae-z]`)?.getAttribute('data-ae-z') === '', id);
    await assertNoBadNumbers(page, id, 'after "Clear"');
    await assertClean(page, problems, 'ae-vs-vae-live pad');
    await page.close();
  });

  it('vae-uses-live, mouse (FR): a drawn 7 stays under the threshold, a scribble over the pad goes above it', async () => {
    const id = 'vae-uses-live';
    const { page, problems } = await openSlide(id);
    await page.waitForSelector(`#${id} .ul-pad-row`, { timeout: 60_000 });
    const threshold = Number(await page.getAttribute(`#${id} .ul-threshold`, 'data-value'));
    const score = async () => Number(await page.getAttribute(`#${id} [data-pad-score]`, 'data-pad-score'));
    await mouseStroke(page, id, SEVEN);
    await nextMu(page, id, '');
    const seven = await score();
    await clear(page, id);
    await mouseStroke(page, id, SCRIBBLE, 4);
    await nextMu(page, id, '');
    const scribble = await score();
    console.log(`vae-uses-live: threshold ${threshold.toFixed(1)} nats; drawn 7 ${seven.toFixed(1)}; scribble ${scribble.toFixed(1)}`);
    assert.ok(seven < threshold, `the drawn 7 (${seven}) is under the threshold (${threshold})`);
    assert.ok(scribble > threshold, `the scribble (${scribble}) is above the threshold (${threshold})`);
    assert.equal(await page.getAttribute(`#${id} .ul-pad-row`, 'data-flagged'), 'true');
    await assertNoBadNumbers(page, id, 'scribble');
    await assertClean(page, problems, 'vae-uses-live pad');
    await page.close();
  });

  it('draw, leave, come back, draw again on each slide: tensors and listeners flat', async () => {
    const { page, problems } = await openSlide('latent-space');
    const round = async () => {
      for (const id of SLIDES) {
        await showSlide(page, id);
        await page.waitForSelector(`#${id} canvas[data-draw-pad]`, { timeout: 60_000 });
        await mouseStroke(page, id, SEVEN, 2);
        await nextMu(page, id, '');
      }
      await showSlide(page, 'title');
      await page.waitForTimeout(800);
      return leakCounts(page);
    };
    const base = await round(); // warm-up: models, data and kernels load once for the page
    await round();
    const end = await round();
    console.log(`pads: leave and return: tensors ${base.tensors} → ${end.tensors}, listeners ${base.listeners} → ${end.listeners}, frames ${base.frames} → ${end.frames}`);
    assert.equal(end.tensors, base.tensors, 'tensors flat');
    assert.equal(end.listeners, base.listeners, 'listeners flat');
    assert.equal(end.frames, base.frames, 'frames flat');
    await assertClean(page, problems, 'pads lifecycle');
    await page.close();
  });

  it('fits 1280×720 and 1920×1080, FR/EN, light/dark, text ≥ 18 px in the pads (screenshots)', async () => {
    const bad: string[] = [];
    // four windows cover both sizes, both languages and both themes (each pair once)
    const runs = [[1280, 720, 'fr', 'light'], [1280, 720, 'en', 'dark'], [1920, 1080, 'fr', 'dark'], [1920, 1080, 'en', 'light']] as const;
    for (const [w, h, lang, theme] of runs) {
      const { page, problems } = await openSlide('latent-space', `?lang=${lang}&theme=${theme}`);
      await page.setViewportSize({ width: w, height: h });
      for (const id of SLIDES) {
        await showSlide(page, id);
        await page.waitForSelector(`#${id} canvas[data-draw-pad]`, { timeout: 60_000 });
        await mouseStroke(page, id, SEVEN, 2);
        await nextMu(page, id, '');
        await page.waitForTimeout(500);
        bad.push(...(await page.evaluate(([sid, tag]) => {
          const section = document.getElementById(sid)!;
          const s = section.getBoundingClientRect();
          const scale = s.width / (section.offsetWidth || 1);
          const out: string[] = [];
          for (const el of section.querySelectorAll<HTMLElement>('.slide-content *')) {
            if (el.closest('aside.notes, .katex-mathml') || el.parentElement?.closest('svg')) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            const over = Math.max(r.right - s.right, r.bottom - s.bottom, s.left - r.left, s.top - r.top);
            if (over > 2) out.push(`${tag} ${sid}: ${el.tagName.toLowerCase()}.${el.className} past the slide by ${over.toFixed(0)} px`);
          }
          for (const el of section.querySelectorAll<HTMLElement>('.compact-pad *, .ul-pad-box *, .cmp-draw *')) {
            if (!el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())) continue;
            if (getComputedStyle(el).display === 'none' || el.closest('.print-only, .katex')) continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < 18) out.push(`${tag} ${sid}: ${px} px «${el.textContent!.slice(0, 30)}» (scale ${scale.toFixed(2)})`);
          }
          return out;
        }, [id, `${w}×${h} ${lang} ${theme}`] as const)));
        await page.screenshot({ path: join(artifactsDir, `pad-${id}-${lang}-${theme}-${w}.png`) });
      }
      await assertClean(page, problems, `pads ${w}×${h} ${lang} ${theme}`);
      await page.close();
    }
    assert.deepEqual(bad, []);
  });
});
