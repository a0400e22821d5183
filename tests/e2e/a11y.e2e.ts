/**
 * Accessibility and phones. axe-core (WCAG 2.x A and AA rules) finds no violation on any slide (FR light, FR dark, EN
 * light), once its live part is up. On a phone (390×844 portrait with touch, 844×390 landscape) a deep link
 * opens its slide in the reflowed layout, every slide's text is ≥ 16 px, its controls are ≥ 44 px touch targets and
 * nothing overflows sideways; a horizontal swipe changes slide.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { assertClean, gotoDeck, openPage, showSlide, slideIds, startEnv, transitionsDone, type DeckEnv } from './harness.ts';

/** axe-core's browser build. The deck's CSP forbids inline scripts, so it is evaluated over CDP, which CSP does not see. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Phone floors: body text and touch targets (WCAG 2.5.5), formula sub/superscripts (KaTeX draws them at 70 %). */
const MIN_PHONE_TEXT_PX = 16;
const MIN_PHONE_SCRIPT_PX = 12;
/**
 * Chart (SVG) text floor: a chart drawn for the 1280-wide slide keeps its layout when shrunk to a 390 px screen, and
 * its tick labels at 16 px would run into one another; the deck enlarges them to 12 px (PHONE_CHART_TEXT_PX), no less.
 */
const MIN_PHONE_CHART_PX = 12;
const MIN_TOUCH_PX = 44;

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

/**
 * Wait until the slide's live part is up and reveal.js's fades are over: the slide's own and its step-by-step
 * reveals' (a condition, where a fixed 500 ms sleep per slide cost the five tours about 75 s).
 */
async function waitMounted(page: Page, id: string): Promise<void> {
  await page.waitForFunction((sid) => document.getElementById(sid)?.dataset.mounted !== 'pending', id, { timeout: 90_000 });
  await transitionsDone(page, 10_000, '.reveal .slides section, .reveal .slides section .fragment');
}

/** axe's violations on the page as it stands, one line per rule and node. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    const cdp = await page.context().newCDPSession(page);
    const r = await cdp.send('Runtime.evaluate', { expression: axeSource });
    await cdp.detach();
    if (r.exceptionDetails) throw new Error(`axe-core did not load: ${r.exceptionDetails.text}`);
  }
  return page.evaluate(async (tags) => {
    const axe = (window as any).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (res.violations as any[]).flatMap((v) => v.nodes.map((n: any) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
  }, AXE_TAGS);
}

/**
 * FR light, FR dark, EN light: colours depend on the theme, text on the language; EN dark would only repeat FR dark's
 * colour checks with other words (≈ 1 min more of CI time for no new rule). The three tours run at the same time, each
 * in its own page (own renderer process, own URL parameters, nothing shared but the served files): while one waits for
 * a slide's models the others run axe, which roughly halves the wall time on 2 cores.
 */
const AXE_RUNS = [['fr', 'light'], ['fr', 'dark'], ['en', 'light']] as const;

describe('axe: no violation on any slide', { concurrency: AXE_RUNS.length }, () => {
  for (const [lang, theme] of AXE_RUNS) {
    it(`${lang}, ${theme} theme`, async () => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, `?theme=${theme}${lang === 'en' ? '&lang=en' : ''}`);
      const found: string[] = [];
      for (const id of await slideIds(page)) {
        await showSlide(page, id);
        // every step-by-step reveal shown first, so the text it brings is checked too (contrast included)
        await page.waitForFunction((sid) => document.getElementById(sid)?.dataset.mounted !== 'pending', id, { timeout: 90_000 });
        await page.evaluate((sid) => document.getElementById(sid)!.querySelectorAll('.fragment').forEach((f) => f.classList.add('visible')), id);
        await waitMounted(page, id);
        for (const v of await axeViolations(page)) found.push(`${id}: ${v}`);
      }
      await assertClean(page, problems, `axe tour (${lang}, ${theme})`);
      await page.close();
      assert.deepEqual(found, [], `axe violations (${lang}, ${theme}):\n${found.join('\n')}`);
    });
  }
});

/** What is wrong with the current slide on a phone: small text, small touch targets, sideways overflow. */
function phoneProblems(page: Page, id: string): Promise<string[]> {
  // tsx names inner functions with a `__name` helper the page lacks: evaluate the source with a stand-in for it
  const check = ({ sid, minText, minScript, minChart, minTouch }: { sid: string; minText: number; minScript: number; minChart: number; minTouch: number }): string[] => {
    const section = document.getElementById(sid)!;
    const out: string[] = [];
    const visible = (el: Element): boolean => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && r.width > 0 && r.height > 0;
    };
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\u200b/g, '').trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('aside.notes, [aria-hidden="true"], [data-decorative], .katex-mathml') || !visible(el)) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      }
      const script = el.closest('.katex .msupsub, .katex .mfrac, .katex .op-limits, .katex .accent-body') !== null;
      const floor = script ? minScript : el instanceof SVGElement ? minChart : minText;
      if (px + 0.05 < floor) out.push(`text ${px.toFixed(1)} px «${text.slice(0, 30)}»`);
    }
    for (const el of section.querySelectorAll('button, input, select, [role="button"], [role="slider"]')) {
      if (!visible(el) || el.closest('aside.notes')) continue;
      const r = el.getBoundingClientRect();
      if (r.width + 0.5 < minTouch || r.height + 0.5 < minTouch) {
        out.push(`target ${Math.round(r.width)}×${Math.round(r.height)} ${el.tagName.toLowerCase()}.${el.className || (el as HTMLInputElement).type}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth} px wide`);
    if (section.scrollWidth > section.clientWidth + 1) {
      // name the outermost elements that stick out past the slide (not inside a box that clips or scrolls them)
      const right = section.getBoundingClientRect().right + 1;
      const clipped = (e: Element): boolean => {
        for (let x = e.parentElement; x && x !== section; x = x.parentElement) if (getComputedStyle(x).overflowX !== 'visible') return true;
        return false;
      };
      const wide = [...section.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right && !e.closest('aside.notes') && !clipped(e));
      const culprits = wide.filter((e) => !wide.some((o) => o !== e && o.contains(e))).slice(0, 3); // the outermost
      const name = (e: Element): string => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (${Math.round(e.getBoundingClientRect().width)} px)`;
      out.push(`slide content ${section.scrollWidth} px wide in ${section.clientWidth}: ${culprits.map(name).join(', ')}`);
    }
    return out;
  };
  const arg = { sid: id, minText: MIN_PHONE_TEXT_PX, minScript: MIN_PHONE_SCRIPT_PX, minChart: MIN_PHONE_CHART_PX, minTouch: MIN_TOUCH_PX };
  return page.evaluate(`(() => { const __name = (f) => f; return (${check.toString()})(${JSON.stringify(arg)}); })()`) as Promise<string[]>;
}

// The two phone tours run side by side, each in its own browser context; the swipe test runs after them.
describe('phones', { concurrency: 2 }, () => {
  for (const [width, height] of [[390, 844], [844, 390]] as const) {
    it(`${width}×${height}: a deep link opens its slide; every slide readable, touchable, no sideways overflow`, async () => {
      const context = await env.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${env.url}index.html#/kl-divergence`);
      await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 60_000 });
      assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'kl-divergence');
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('phone-layout')), 'phone layout on');
      const found: string[] = [];
      for (const id of await slideIds(page)) {
        await showSlide(page, id);
        await waitMounted(page, id);
        for (const p of await phoneProblems(page, id)) found.push(`${id}: ${p}`);
      }
      await context.close();
      assert.deepEqual(found, [], `phone ${width}×${height}:\n${found.join('\n')}`);
    });
  }

  it('390×844: a horizontal swipe goes to the next slide, a vertical one scrolls', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.url}index.html#/agenda`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const swipe = async (x0: number, y0: number, x1: number, y1: number): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
      for (let i = 1; i <= 8; i++) {
        const t = i / 8;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(200, 400, 200, 150);
    await page.waitForTimeout(400);
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'agenda', 'a vertical swipe stays on the slide');
    assert.ok(await page.evaluate(() => document.getElementById('agenda')!.scrollTop > 0), 'a vertical swipe scrolls the slide');
    await swipe(320, 400, 60, 410);
    await page.waitForFunction(() => (window as any).__deck.currentId === 'ae-vs-vae', null, { timeout: 5_000 });
    await context.close();
  });
});
