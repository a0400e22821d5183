/**
 * The speaker view as a presenter uses it: the training slide's curves, numbers and sliders mirrored in its preview
 * while training runs (in French and English, light and dark), the next live slide's print state, the pen's drawings,
 * the timer paused across a reload, the notes scrolled from the keyboard, live slides not blank in the overview, and
 * the previews and notes following the deck's data set (`?data=fashion`, then a switch back to MNIST).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, mountedParts, openPage, startEnv, type DeckEnv } from './harness.ts';

let env: DeckEnv;
const shots = join(artifactsDir, 'speaker');
before(async () => {
  env = await startEnv();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await env?.close();
});

/** Open the speaker view from the deck with S and wait until it shows slide number `n`. */
async function openSpeaker(page: Page, n: number): Promise<Page> {
  const [speaker] = await Promise.all([env.context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await speaker.waitForLoadState('domcontentloaded');
  await speaker.waitForFunction((pos) => document.querySelector('[data-role="pos"]')?.textContent?.startsWith(`${pos} /`), n, { timeout: 30_000 });
  return speaker;
}

/** Where an element of the training slide is on the deck, in the slide's own (unscaled) coordinates. */
function slideBox(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    const sec = document.getElementById('training')!.getBoundingClientRect();
    const scale = (window as any).__deck.scale as number;
    return { x: (r.left - sec.left) / scale, y: (r.top - sec.top) / scale, right: (r.right - sec.left) / scale };
  }, selector);
}

/** In the speaker view: the mirrored canvas at a place of the deck's training slide, as (non-blank pixels, checksum). */
function mirroredChart(speaker: Page, box: { x: number; y: number; right?: number }, byRight = false) {
  return speaker.evaluate(([b, alignRight]) => {
    const doc = document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument!;
    const canvases = Array.from(doc.querySelectorAll<HTMLCanvasElement>('#training .speaker-mirror canvas'));
    // A right-aligned number (the step counter) keeps its right edge as it gains digits, not its left one.
    const c = canvases.find(
      (el) =>
        (alignRight ? Math.abs(parseFloat(el.style.left) + parseFloat(el.style.width) - b.right!) < 2 : Math.abs(parseFloat(el.style.left) - b.x) < 2) &&
        Math.abs(parseFloat(el.style.top) - b.y) < 2,
    );
    if (!c || c.width === 0) return null;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const lum = data[i] + data[i + 1] + data[i + 2];
      if (data[i + 3] > 0 && lum < 600) ink++;
      sum = (sum * 31 + lum + i) % 1_000_000_007;
    }
    return { ink, share: ink / (c.width * c.height), sum, parts: canvases.length };
  }, [box, byRight] as const);
}

describe('the speaker view', () => {
  it('mirrors the training slide: its preview shows the loss curves, and they change while training runs', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/training');
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
    const n = await page.evaluate(() => (window as any).__deck.ids.indexOf('training') + 1);
    const speaker = await openSpeaker(page, n);
    // Where the loss curves and the step counter are on the slide, in the slide's own (unscaled) coordinates.
    const box = await slideBox(page, '#training svg.line-chart');
    // The room's learning rate, set on the main screen, reaches the preview's slider (a number, not markup).
    await page.$eval('#training .tr-lr', (el) => {
      (el as HTMLInputElement).value = '-3.5';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await speaker.waitForFunction(
      () => document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelector<HTMLInputElement>('#training .tr-lr')?.value === '-3.5',
      undefined,
      { timeout: 10_000 },
    );
    await page.click('#training .tr-play');
    await speaker.waitForFunction(
      () => !!document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelector('#training .speaker-mirror canvas'),
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#training .tr-dashboard')?.dataset.lastLoss, undefined, { timeout: 120_000 });
    await speaker.waitForTimeout(1_000);
    const first = await mirroredChart(speaker, box);
    assert.ok(first, 'a mirrored image sits where the loss curves are on the main screen');
    assert.ok(first.share > 0.01, `the mirrored curves are not blank (${first.ink} ink pixels)`);
    let later = first;
    for (let i = 0; i < 40 && later.sum === first.sum; i++) {
      await speaker.waitForTimeout(500);
      later = (await mirroredChart(speaker, box)) ?? later;
    }
    assert.notEqual(later.sum, first.sum, 'the mirrored curves change while training runs');
    // The dashboard's numbers (step, loss, images/s) come as images at their place; the step counter moves on.
    const stepBox = await slideBox(page, '#training .tr-step-value');
    const step = await mirroredChart(speaker, stepBox, true);
    const placed = await speaker.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument!;
      return Array.from(doc.querySelectorAll<HTMLCanvasElement>('#training .speaker-mirror canvas'), (c) => `${Math.round(parseFloat(c.style.left))}–${Math.round(parseFloat(c.style.left) + parseFloat(c.style.width))},${Math.round(parseFloat(c.style.top))}`).join(' ');
    });
    assert.ok(step && step.ink > 10, `the step counter is mirrored at ${JSON.stringify(stepBox)} (${step?.ink} ink pixels; images at ${placed})`);
    let stepLater = step;
    for (let i = 0; i < 20 && stepLater.sum === step.sum; i++) {
      await speaker.waitForTimeout(500);
      stepLater = (await mirroredChart(speaker, stepBox, true)) ?? stepLater;
    }
    assert.notEqual(stepLater.sum, step.sum, 'the mirrored step counter changes while training runs');
    const own = await speaker.evaluate(() => {
      const doc = document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument!;
      return Array.from(doc.querySelectorAll<HTMLElement>('#training .slide-content .shown-value'), (el) => el.style.visibility);
    });
    assert.ok(own.length > 0 && own.every((v) => v === 'hidden'), `the preview's own placeholders ("—") are hidden under the mirrored numbers: ${own}`);
    await speaker.screenshot({ path: join(shots, 'fr-light-training.png') });
    // The speaker view follows the deck into English, then into the dark theme, training still running.
    const mirroredAgain = async (): Promise<void> => {
      await speaker.waitForFunction(
        () => (document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelectorAll('#training .speaker-mirror canvas').length ?? 0) > 3,
        undefined,
        { timeout: 60_000 },
      );
      await speaker.waitForTimeout(1_500);
    };
    await page.keyboard.press('l');
    await speaker.waitForFunction(() => document.documentElement.lang === 'en');
    await mirroredAgain();
    await speaker.screenshot({ path: join(shots, 'en-light-training.png') });
    await page.keyboard.press('d');
    await speaker.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await speaker.waitForFunction(
      () => document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.documentElement?.dataset.theme === 'dark',
      undefined,
      { timeout: 30_000 },
    );
    await mirroredAgain();
    await speaker.screenshot({ path: join(shots, 'en-dark-training.png') });
    await page.keyboard.press('l');
    await speaker.waitForFunction(() => document.documentElement.lang === 'fr');
    await mirroredAgain();
    await speaker.screenshot({ path: join(shots, 'fr-dark-training.png') });
    const cost = await page.evaluate(() => (window as any).__deck.mirrorCaptureMs as number);
    console.log(`mirror: ${later.parts} parts, loss-chart image ${first.ink} ink pixels, last capture ${cost.toFixed(1)} ms`);
    await page.click('#training .tr-play');
    // Closed speaker view: the deck stops sending frames within a few seconds.
    await speaker.close();
    await page.waitForFunction(() => !(window as any).__deck.mirroring, undefined, { timeout: 10_000 });
    await assertClean(page, problems, 'mirrored training');
    await page.close();
  });

  it('shows the next live slide in its print state, and the pen’s drawings in the current preview', async () => {
    const { page, problems } = await openPage(env);
    const before = await (async () => {
      await gotoDeck(env, page, '?theme=light', '#/title');
      const ids = await page.evaluate(() => (window as any).__deck.ids as string[]);
      return ids[ids.indexOf('training') - 1];
    })();
    await page.evaluate((id) => (window as any).__deck.goTo(id), before);
    const n = await page.evaluate(() => (window as any).__deck.ids.indexOf('training'));
    const speaker = await openSpeaker(page, n);
    const next = () =>
      speaker.evaluate(() => {
        const s = document.querySelector<HTMLIFrameElement>('[data-role="next"]')?.contentDocument?.getElementById('training');
        return {
          mounted: s?.dataset.mounted ?? null,
          parts: s?.querySelectorAll('.slide-content canvas, .slide-content svg.line-chart').length ?? 0,
          error: s?.querySelector('.mount-error')?.textContent ?? null,
        };
      });
    await speaker.waitForFunction(
      () => ['true', 'error'].includes(document.querySelector<HTMLIFrameElement>('[data-role="next"]')?.contentDocument?.getElementById('training')?.dataset.mounted ?? ''),
      undefined,
      { timeout: 90_000 },
    );
    const shown = await next();
    assert.equal(shown.error, null, `the next preview's print state: ${shown.error}`);
    assert.ok(shown.parts > 0, `the next preview draws the training slide's print state (${shown.parts} charts)`);
    await speaker.waitForTimeout(500);
    await speaker.screenshot({ path: join(shots, 'fr-light-next-training.png') });

    // A stroke drawn on the main screen appears over the current preview; clearing it removes it there too.
    await page.keyboard.press('c');
    const from = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.pen-layer')!;
      return [[300, 300], [600, 350], [900, 300]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!)).map((p) => [p.x, p.y]);
    });
    await page.mouse.move(from[0][0], from[0][1]);
    await page.mouse.down();
    for (const [x, y] of from.slice(1)) await page.mouse.move(x, y, { steps: 5 });
    await page.mouse.up();
    const penPaths = () => speaker.evaluate(() => document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelectorAll('.speaker-mirror svg.speaker-pen path').length ?? 0);
    await speaker.waitForFunction(
      () => (document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelectorAll('.speaker-mirror svg.speaker-pen path').length ?? 0) === 1,
      undefined,
      { timeout: 10_000 },
    );
    await speaker.screenshot({ path: join(shots, 'fr-light-pen.png') });
    await page.click('.pen-tools .pen-clear');
    await speaker.waitForFunction(
      () => (document.querySelector<HTMLIFrameElement>('[data-role="current"]')?.contentDocument?.querySelectorAll('.speaker-mirror svg.speaker-pen path').length ?? 0) === 0,
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await penPaths(), 0);
    await page.keyboard.press('c');
    await speaker.close();
    await assertClean(page, problems, 'next preview and pen');
    await page.close();
  });

  it('pauses its timer with T and keeps it paused across a reload; a planned duration shows the pace per section', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?theme=dark', '#/agenda');
    const speaker = await openSpeaker(page, 2);
    await speaker.fill('[data-role="duration"]', '45');
    await speaker.press('[data-role="duration"]', 'Tab');
    await speaker.waitForSelector('[data-role="pacing"] tr.current');
    await speaker.locator('h1').click();
    await speaker.waitForTimeout(1_200);
    await speaker.keyboard.press('t');
    await speaker.waitForFunction(() => document.querySelector<HTMLElement>('[data-role="timer"]')?.dataset.paused === 'true');
    const paused = await speaker.locator('[data-role="elapsed"]').textContent();
    assert.match(paused ?? '', /^\d+:\d\d \(en pause\)$/);
    await speaker.reload();
    await speaker.waitForFunction(() => document.querySelector('[data-role="pos"]')?.textContent?.startsWith('2 /'), undefined, { timeout: 30_000 });
    await speaker.waitForTimeout(1_500);
    assert.equal(await speaker.locator('[data-role="elapsed"]').textContent(), paused, 'still paused at the same time after a reload');
    assert.equal(await speaker.inputValue('[data-role="duration"]'), '45', 'the planned duration is kept');
    assert.match((await speaker.locator('[data-role="pace"]').textContent()) ?? '', /^Ouverture\u00a0: (En avance|À l’heure|En retard)$/);
    await speaker.screenshot({ path: join(shots, 'fr-dark-agenda.png') });
    await speaker.keyboard.press('t');
    await speaker.waitForFunction(() => document.querySelector<HTMLElement>('[data-role="timer"]')?.dataset.paused === 'false');
    await speaker.waitForFunction((p) => document.querySelector('[data-role="elapsed"]')?.textContent !== p.replace(' (en pause)', ''), paused!, { timeout: 5_000 });
    await speaker.close();
    await assertClean(page, problems, 'timer');
    await page.close();
  });

  it('on ?data=fashion its previews show Fashion-MNIST with its notes, and follow a switch back to MNIST', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?data=fashion', '#/preprocessing');
    const n = await page.evaluate(() => (window as any).__deck.ids.indexOf('preprocessing') + 1);
    const speaker = await openSpeaker(page, n);
    const frameSrc = (role: string) => speaker.evaluate((r) => document.querySelector<HTMLIFrameElement>(`[data-role="${r}"]`)!.getAttribute('src'), role);
    assert.equal(await frameSrc('current'), 'index.html?receiver&data=fashion&theme=light#/preprocessing');
    assert.match((await frameSrc('next')) ?? '', /[?&]data=fashion[&#]/);
    await speaker.waitForFunction(() => /L’image montrée est une robe/.test(document.querySelector('[data-role="notes"]')?.textContent ?? ''), null, { timeout: 30_000 });
    const previewClass = () => speaker.evaluate(() => document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument?.querySelector('#preprocessing .pp-class')?.textContent ?? null);
    await speaker.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-role="current"]')!.contentDocument?.querySelector('#preprocessing .pp-class')?.textContent === ' · Robe', null, { timeout: 30_000 });
    await speaker.screenshot({ path: join(shots, 'fr-fashion-preprocessing.png') });
    await page.evaluate(() => (window as any).__deck.setDataset('mnist'));
    await speaker.waitForFunction(() => document.querySelector('[data-role="current"]')!.getAttribute('src') === 'index.html?receiver&theme=light#/preprocessing', null, { timeout: 30_000 });
    await speaker.waitForFunction(() => /80\s%\s(?:des pixels )?valent exactement 0/.test(document.querySelector('[data-role="notes"]')?.textContent ?? ''), null, { timeout: 30_000 });
    assert.equal(await previewClass(), '');
    await speaker.close();
    await assertClean(page, problems, 'speaker on fashion');
    await page.close();
  });

  it('has an h1 and a notes region that Tab reaches and the arrow keys scroll (the deck stays put)', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?lang=en', '#/training');
    const n = await page.evaluate(() => (window as any).__deck.ids.indexOf('training') + 1);
    const speaker = await openSpeaker(page, n);
    await speaker.setViewportSize({ width: 1280, height: 700 });
    await speaker.waitForSelector('[data-role="notes"] h3');
    assert.equal(await speaker.locator('h1').count(), 1);
    let focused = false;
    for (let i = 0; i < 20 && !focused; i++) {
      await speaker.keyboard.press('Tab');
      focused = await speaker.evaluate(() => document.activeElement?.getAttribute('data-role') === 'notes');
    }
    assert.ok(focused, 'Tab reaches the notes');
    const scrollTop = () => speaker.evaluate(() => document.querySelector('[data-role="notes"]')!.scrollTop);
    assert.equal(await scrollTop(), 0);
    for (let i = 0; i < 6; i++) await speaker.keyboard.press('ArrowDown');
    await speaker.waitForFunction(() => document.querySelector('[data-role="notes"]')!.scrollTop > 0);
    await speaker.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'training', 'the arrows scrolled the notes, not the deck');
    await speaker.screenshot({ path: join(shots, 'en-light-training-notes.png') });
    await speaker.close();
    await assertClean(page, problems, 'notes');
    await page.close();
  });

  it('shows the live slides’ print state in the overview (no blank thumbnail), and the live part again after it', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/vae-uses'); // between live slides, so the screenshot shows some
    const heavy = await page.evaluate(() => (window as any).__deck.heavyIds as string[]);
    await page.keyboard.press('o');
    await page.waitForFunction(() => document.querySelector('.reveal')!.classList.contains('overview'));
    for (const id of ['training', ...heavy]) {
      const drawn = await mountedParts(page, id);
      assert.equal(drawn.error, null, `${id}: ${drawn.error}`);
      assert.ok(drawn.parts > 0, `${id}: its thumbnail draws its print state`);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(shots, 'overview-fr.png') });
    await page.keyboard.press('o');
    await page.waitForFunction(() => !document.querySelector('.reveal')!.classList.contains('overview'));
    await page.waitForFunction(() => (window as any).__deck.mountedCount <= 1, undefined, { timeout: 10_000 });
    await assertClean(page, problems, 'overview');
    await page.close();
  });
});
