import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, assertClean, gotoDeck, openPage, showSlide, slideIds, startEnv, type DeckEnv, transitionsDone } from './harness.ts';

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

describe('the presenter toolkit', () => {
  it('dark theme: ?theme=dark wins, D toggles and is kept for the session; every slide screenshotted in dark (fr)', async () => {
    const { page, problems } = await openPage(env);
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor);
    await gotoDeck(env, page, '?theme=dark');
    assert.equal(await theme(), 'dark');
    assert.equal(await background(), 'rgb(17, 24, 39)');
    await page.keyboard.press('d');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    assert.equal(await background(), 'rgb(255, 255, 255)');
    // The toggle is kept for the browser session (no theme in the URL now).
    await page.click('button.theme-toggle');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await gotoDeck(env, page, '');
    assert.equal(await theme(), 'dark', 'the last toggle is kept across a reload');
    // …but the URL still wins.
    await gotoDeck(env, page, '?theme=light');
    assert.equal(await theme(), 'light');
    await gotoDeck(env, page, '?theme=dark');

    const ids = await slideIds(page);
    const dir = join(artifactsDir, 'dark');
    mkdirSync(dir, { recursive: true });
    for (const [i, id] of ids.entries()) {
      await showSlide(page, id);
      await page.waitForFunction((sid) => document.getElementById(sid)?.dataset.mounted !== 'pending', id, { timeout: 90_000 });
      if (id === 'training') await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
      const state = await page.evaluate((sid) => {
        const section = document.getElementById(sid)!;
        return {
          theme: document.documentElement.dataset.theme,
          color: getComputedStyle(section).color,
          mountError: section.querySelector('.mount-error')?.textContent ?? null,
        };
      }, id);
      assert.equal(state.theme, 'dark', `slide ${id}`);
      assert.equal(state.color, 'rgb(243, 244, 246)', `slide ${id}: light text on the dark background`);
      assert.equal(state.mountError, null, `slide ${id}: ${state.mountError}`);
      await transitionsDone(page); // the slide's fade
      await page.screenshot({ path: join(dir, `fr-${String(i + 1).padStart(2, '0')}-${id}.png`) });
    }
    await assertClean(page, problems, 'dark deck');
    await page.close();
  });

  it('presenter keys pressed in the speaker window act on the deck: B, O, G, Home, End, L, D', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    const [speaker] = await Promise.all([env.context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState('domcontentloaded');
    await speaker.waitForFunction(() => document.querySelector('[data-role="pos"]')?.textContent?.startsWith('2 /'));
    const deck = <T>(fn: () => T) => page.waitForFunction(fn, undefined, { timeout: 10_000 });
    await speaker.keyboard.press('b');
    await deck(() => document.querySelector('.reveal')!.classList.contains('paused'));
    await speaker.keyboard.press('b');
    await deck(() => !document.querySelector('.reveal')!.classList.contains('paused'));
    await speaker.keyboard.press('o');
    await deck(() => document.querySelector('.reveal')!.classList.contains('overview'));
    await speaker.keyboard.press('o');
    await deck(() => !document.querySelector('.reveal')!.classList.contains('overview'));
    await speaker.keyboard.press('g');
    await deck(() => document.querySelector('.jump-to-slide-input') !== null);
    await page.keyboard.press('Escape');
    await speaker.keyboard.press('End');
    await deck(() => (window as any).__deck.currentId === (window as any).__deck.ids.at(-1));
    await speaker.keyboard.press('Home');
    await deck(() => (window as any).__deck.currentId === 'title');
    await speaker.keyboard.press('l');
    await deck(() => (window as any).__deck.lang === 'en' && document.documentElement.lang === 'en');
    await speaker.waitForFunction(() => document.documentElement.lang === 'en');
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    await speaker.keyboard.press('d');
    await deck(() => document.documentElement.dataset.theme !== undefined);
    await page.waitForFunction((before) => document.documentElement.dataset.theme !== before, theme);
    await speaker.close();
    await assertClean(page, problems, 'speaker keys');
    await page.close();
  });

  it('the latent explorer’s probe moves with the arrow keys once the plane has the focus; the LR slider speaks its rate', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/latent-explorer');
    await page.waitForSelector('#latent-explorer .z1[data-value]:not([data-value=""])', { timeout: 60_000 }).catch(() => {});
    // Tab until the plane has the focus (the deck's own controls come first).
    let focused = false;
    for (let i = 0; i < 30 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.closest('#latent-explorer .probe-keys') != null);
    }
    assert.ok(focused, 'Tab reaches the latent plane');
    const z1 = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('#latent-explorer .z1')!.dataset.value));
    // ArrowLeft would go back a slide (the explorer is the last one) if the plane did not keep it.
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#latent-explorer .z1')!.dataset.value !== '');
    const first = await z1();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((before) => Number(document.querySelector<HTMLElement>('#latent-explorer .z1')!.dataset.value) < before, first);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'latent-explorer', 'the arrows stayed with the probe');
    // PageUp (a presenter remote's "back") still drives the deck while the plane has the focus.
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => (window as any).__deck.currentId !== 'latent-explorer');

    await page.evaluate(() => (window as any).__deck.goTo('training'));
    await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
    const valueText = await page.getAttribute('#training .tr-lr', 'aria-valuetext');
    assert.match(valueText ?? '', /^0,0\d+$/, `aria-valuetext of the learning rate: ${valueText}`);
    await assertClean(page, problems, 'keyboard and slider');
    await page.close();
  });
});
