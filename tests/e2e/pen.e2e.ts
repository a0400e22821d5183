import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, assertClean, gotoDeck, openPage, startEnv, type DeckEnv } from './harness.ts';

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

const shots = join(artifactsDir, 'pen');
const penMode = (page: Page) => page.evaluate(() => document.documentElement.dataset.pen);
const strokeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('.pen-layer .pen-strokes path').length);

/** A point of the slide (1280×720 frame) in window coordinates, through the overlay's own transform. */
async function toClient(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([sx, sy]) => {
    const svg = document.querySelector<SVGSVGElement>('.pen-layer')!;
    const p = new DOMPoint(sx, sy).matrixTransform(svg.getScreenCTM()!);
    return { x: p.x, y: p.y };
  }, [x, y]);
}

/** Drag the mouse along slide points. */
async function drag(page: Page, points: [number, number][]): Promise<void> {
  const first = await toClient(page, ...points[0]);
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of points.slice(1)) {
    const c = await toClient(page, ...p);
    await page.mouse.move(c.x, c.y, { steps: 5 });
  }
  await page.mouse.up();
}

/** Where the first stroke sits, as fractions of the current slide's box (unchanged by a resize if it scales along). */
const strokeInSlide = (page: Page) =>
  page.evaluate(() => {
    const s = document.querySelector('.reveal .slides > section.present')!.getBoundingClientRect();
    const p = document.querySelector('.pen-layer .pen-strokes path')!.getBoundingClientRect();
    return [(p.left - s.left) / s.width, (p.top - s.top) / s.height, p.width / s.width];
  });

describe('pen, laser and zoom', () => {
  it('strokes belong to their slide: they survive leaving and returning, a resize, L and D; eraser and clear remove them', async () => {
    mkdirSync(shots, { recursive: true });
    const { page, problems } = await openPage(env);
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoDeck(env, page, '?theme=light', '#/kl-divergence');
    assert.equal(await penMode(page), 'off');
    await page.keyboard.press('c');
    assert.equal(await penMode(page), 'pen');
    // A circle around the formula, then an arrow in blue (chosen on the toolbar).
    await drag(page, [[500, 150], [640, 130], [760, 160], [700, 210], [520, 200], [500, 150]]);
    await page.click('.pen-tools .pen-colour[data-colour="blue"]');
    await drag(page, [[200, 500], [420, 420], [380, 420], [420, 420], [400, 455]]);
    assert.equal(await strokeCount(page), 2);
    assert.deepEqual(
      await page.evaluate(() => [...document.querySelectorAll('.pen-layer .pen-strokes path')].map((p) => p.getAttribute('data-colour'))),
      ['vermillion', 'blue'],
    );
    await page.screenshot({ path: join(shots, 'light-kl-divergence.png') });
    const before = await strokeInSlide(page);

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (window as any).__deck.currentId !== 'kl-divergence');
    assert.equal(await strokeCount(page), 0, 'the next slide has no drawing');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => (window as any).__deck.currentId === 'kl-divergence');
    assert.equal(await strokeCount(page), 2, 'the drawings are back with their slide');

    await page.setViewportSize({ width: 900, height: 560 });
    await page.waitForTimeout(300);
    const after = await strokeInSlide(page);
    for (const [i, v] of after.entries()) assert.ok(Math.abs(v - before[i]) < 0.01, `resize moved the stroke: ${before} → ${after}`);
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.keyboard.press('l');
    await page.waitForFunction(() => (window as any).__deck.lang === 'en');
    await page.keyboard.press('d');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.waitForTimeout(300);
    assert.equal(await strokeCount(page), 2, 'a language and theme switch keep the drawings');
    assert.equal(await page.getAttribute('.pen-tools .pen-toggle', 'aria-label'), 'Pen — draw on the slide (key C)');
    await page.screenshot({ path: join(shots, 'dark-kl-divergence-en.png') });

    await page.click('.pen-tools .pen-eraser');
    assert.equal(await penMode(page), 'eraser');
    await drag(page, [[300, 430], [330, 470], [360, 470]]);
    assert.equal(await strokeCount(page), 1, 'the eraser removed the arrow only');
    await page.click('.pen-tools .pen-clear');
    assert.equal(await strokeCount(page), 0, 'clear removed the rest');
    await page.keyboard.press('c');
    assert.equal(await penMode(page), 'off');
    await assertClean(page, problems, 'pen');
    await page.close();
  });

  it('?print-pdf&print-pen=1 prints the drawings over their slide; without the flag the handout stays clean', async () => {
    const { page, problems } = await openPage(env);
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoDeck(env, page, '?theme=light', '#/kl-divergence');
    await page.keyboard.press('c');
    await drag(page, [[500, 150], [640, 130], [760, 160], [700, 210]]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (window as any).__deck.currentId !== 'kl-divergence');
    const other = await page.evaluate(() => (window as any).__deck.currentId as string);
    await drag(page, [[200, 500], [420, 420]]);
    await page.keyboard.press('c');
    // Same tab: the drawings are kept in its session storage.
    const printed = async (query: string) => {
      await gotoDeck(env, page, query);
      return page.evaluate(() =>
        Object.fromEntries(
          Array.from(document.querySelectorAll<HTMLElement>('section[data-slide-id]'))
            .map((s) => [s.dataset.slideId!, s.querySelectorAll(':scope > svg.pen-print path').length] as const)
            .filter(([, n]) => n > 0),
        ),
      );
    };
    assert.deepEqual(await printed('?print-pdf&print-pen=1'), { 'kl-divergence': 1, [other]: 1 }, 'each slide prints its own drawing');
    const box = await page.evaluate(() => {
      const r = document.querySelector('#kl-divergence > svg.pen-print path')!.getBoundingClientRect();
      return [r.width, r.height];
    });
    assert.ok(box[0] > 100 && box[1] > 20, `the printed stroke has its size on the page: ${box}`);
    await page.locator('#kl-divergence').screenshot({ path: join(shots, 'print-pen-kl-divergence.png') });
    assert.deepEqual(await printed('?print-pdf'), {}, 'no drawing without print-pen');
    await assertClean(page, problems, 'print-pen');
    await page.close();
  });

  it('with the pen off a slider can be dragged; with it on, the overlay takes the pointer', async () => {
    const { page, problems } = await openPage(env);
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoDeck(env, page, '', '#/kl-divergence');
    const slider = '#kl-divergence input[type="range"]';
    const value = () => page.$eval(slider, (el) => (el as HTMLInputElement).value);
    const dragSlider = async (): Promise<void> => {
      const box = (await page.locator(slider).first().boundingBox())!;
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
    };
    const start = await value();
    await page.keyboard.press('c');
    await dragSlider();
    assert.equal(await value(), start, 'the pen draws over the slider instead of moving it');
    assert.equal(await strokeCount(page), 1);
    await page.keyboard.press('c');
    await dragSlider();
    assert.notEqual(await value(), start, 'pen off: the slider moved');
    await assertClean(page, problems, 'pen off');
    await page.close();
  });

  it('the laser shows a dot that follows the pointer and hides again', async () => {
    const { page } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    const dot = () => page.$eval('.pen-layer .laser-dot', (c) => [c.getAttribute('visibility'), Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const);
    await page.keyboard.press('q');
    assert.equal(await penMode(page), 'laser');
    const p = await toClient(page, 640, 360);
    await page.mouse.move(p.x, p.y);
    const [vis, cx, cy] = await dot();
    assert.equal(vis, 'visible');
    assert.ok(Math.abs(cx - 640) < 2 && Math.abs(cy - 360) < 2, `dot at ${cx},${cy}`);
    await page.screenshot({ path: join(shots, 'laser.png') });
    await page.click('.pen-tools .laser-toggle');
    assert.equal((await dot())[0], 'hidden');
    await page.close();
  });

  it('Alt-click and Z zoom in; Esc and Z zoom out, without opening the overview', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    const zoom = () => page.evaluate(() => [document.documentElement.classList.contains('zoomed'), document.body.style.transform] as const);
    await page.keyboard.down('Alt');
    await page.mouse.click(400, 300);
    await page.keyboard.up('Alt');
    const [zoomed, transform] = await zoom();
    assert.ok(zoomed && /scale\(2\)/.test(transform), `zoomed: ${transform}`);
    await page.keyboard.press('Escape');
    assert.deepEqual(await zoom(), [false, '']);
    assert.equal(await page.evaluate(() => document.querySelector('.reveal')!.classList.contains('overview')), false);
    await page.keyboard.press('z');
    assert.equal((await zoom())[0], true);
    await page.keyboard.press('z');
    assert.equal((await zoom())[0], false);
    await assertClean(page, problems, 'zoom');
    await page.close();
  });

  it('C and Z pressed in the speaker window act on the deck', async () => {
    const { page } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    const [speaker] = await Promise.all([env.context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState('domcontentloaded');
    await speaker.waitForFunction(() => document.querySelector('[data-role="pos"]')?.textContent?.startsWith('2 /'));
    await speaker.keyboard.press('c');
    await page.waitForFunction(() => document.documentElement.dataset.pen === 'pen', undefined, { timeout: 10_000 });
    await speaker.keyboard.press('c');
    await page.waitForFunction(() => document.documentElement.dataset.pen === 'off', undefined, { timeout: 10_000 });
    await speaker.keyboard.press('z');
    await page.waitForFunction(() => document.documentElement.classList.contains('zoomed'), undefined, { timeout: 10_000 });
    await speaker.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('zoomed'), undefined, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.querySelector('.reveal')!.classList.contains('overview')), false);
    await speaker.close();
    await page.close();
  });
});
