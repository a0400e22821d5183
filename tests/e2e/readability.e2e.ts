/**
 * Readable from the back of the room: no text a student must read is rendered under 18 px at 1280×720, in French
 * and in English, on any slide once its live part is up. Sub- and superscripts inside formulas have their own floor
 * (KaTeX draws them at 70 % of the formula's size); text marked `data-decorative` is exempt on purpose. Every digit
 * image is drawn at least 56 px wide; colour contrast (axe-core, every fragment shown, both themes) is checked in a11y.e2e.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gotoDeck, openPage, showSlide, slideIds, startEnv, type DeckEnv, transitionsDone } from './harness.ts';

/** The smallest text size students must read, in px of the 1280×720 slide. */
const MIN_TEXT_PX = 18;
/** The smallest sub- or superscript in a formula. */
const MIN_SCRIPT_PX = 13;
/** The smallest side of one 28×28 digit image on screen, in px of the 1280×720 slide. */
const MIN_DIGIT_PX = 56;
let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

// The fr and en tours run side by side, each in its own page.
describe('readable from the back of the room', { concurrency: 2 }, () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`no text under ${MIN_TEXT_PX} px and no digit image under ${MIN_DIGIT_PX} px on any slide (${lang})`, async () => {
      const { page } = await openPage(env);
      await page.setViewportSize({ width: 1280, height: 720 });
      await gotoDeck(env, page, lang === 'fr' ? '' : '?lang=en');
      const small: string[] = [];
      const smallDigits: string[] = [];
      for (const id of await slideIds(page)) {
        await showSlide(page, id);
        await page.waitForFunction((sid) => document.getElementById(sid)?.dataset.mounted !== 'pending', id, { timeout: 90_000 });
        await transitionsDone(page); // the slide's fade
        const found = await page.evaluate(
          ({ sid, minText, minScript }) => {
            const section = document.getElementById(sid)!;
            const out: string[] = [];
            // Sizes are measured in the 1280×720 slide's own pixels: reveal.js scales the whole slide to the window
            // (0.96 in a 1280×720 window, its margin), so a screen size is divided by that scale.
            const slideScale = section.getBoundingClientRect().width / (section.offsetWidth || 1);
            const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent?.replace(/\u200b/g, '').trim() ?? '';
              const el: Element | null = node.parentElement;
              if (!text || !el) continue;
              if (el.closest('aside.notes, .slide-footer, [data-decorative], .katex-mathml, [aria-hidden="true"] .katex-mathml')) continue;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
              const rect = el.getBoundingClientRect();
              if (rect.width === 0 || rect.height === 0 || !el.getClientRects().length) continue;
              let scale = 1;
              if (el instanceof SVGGraphicsElement) {
                // an SVG chart is also scaled by its viewBox: the screen matrix holds both, so divide out the slide's
                const m = el.getScreenCTM();
                if (m) scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) / slideScale;
              }
              const px = parseFloat(style.fontSize) * scale;
              const script = el.closest('.katex .msupsub, .katex .mfrac, .katex .op-limits, .katex .accent-body') !== null;
              if (px + 0.05 < (script ? minScript : minText)) out.push(`${sid}: ${px.toFixed(1)} px «${text.slice(0, 40)}»`);
            }
            return out;
          },
          { sid: id, minText: MIN_TEXT_PX, minScript: MIN_SCRIPT_PX },
        );
        small.push(...found);
        // drawDigit tags every canvas it draws on with how many digits fit across it
        smallDigits.push(...await page.evaluate(({ sid, minDigit }) => {
          const section = document.getElementById(sid)!;
          const slideScale = section.getBoundingClientRect().width / (section.offsetWidth || 1);
          return [...section.querySelectorAll<HTMLCanvasElement>('canvas[data-digits-across]')]
            .filter((c) => c.getClientRects().length > 0 && getComputedStyle(c).visibility !== 'hidden')
            .map((c) => c.getBoundingClientRect().width / slideScale / Number(c.dataset.digitsAcross))
            .filter((px) => px + 0.05 < minDigit)
            .map((px) => `${sid}: a digit drawn ${px.toFixed(1)} px wide`);
        }, { sid: id, minDigit: MIN_DIGIT_PX }));
      }
      await page.close();
      assert.deepEqual(small, [], `text under ${MIN_TEXT_PX} px (${lang}):\n${small.join('\n')}`);
      assert.deepEqual(smallDigits, [], `digit images under ${MIN_DIGIT_PX} px (${lang}):\n${smallDigits.join('\n')}`);
    });
  }

  it('step-by-step reveals (fragments) print in their final state: every fragment visible in ?print-pdf', async () => {
    const { page } = await openPage(env);
    await page.goto(`${env.url}index.html?print-pdf`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 180_000 });
    const fragments = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides section .fragment')].map((f) => ({
        slide: f.closest('section')?.id ?? '',
        opacity: Number(getComputedStyle(f).opacity),
      })),
    );
    assert.ok(fragments.length >= 6, `the theory slides have step-by-step reveals (found ${fragments.length})`);
    assert.deepEqual(fragments.filter((f) => f.opacity < 1), [], 'a fragment stays hidden in print');
    await page.close();
  });
});

