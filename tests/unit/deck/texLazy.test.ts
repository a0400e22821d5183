// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of src/deck/tex.ts, with KaTeX not loaded yet (the setup file loaded it in the shared copy). */
async function freshTex() {
  vi.resetModules();
  return import('../../../src/deck/tex.ts');
}

describe('KaTeX loads after the first paint (src/deck/tex.ts)', () => {
  it('a formula asked for before KaTeX arrives is a placeholder with its source, typeset in place on arrival', async () => {
    const t = await freshTex();
    expect(t.texReady()).toBe(false);
    const pending = t.tex('\\mu \\pm 2\\sigma < x', true);
    expect(pending).toContain(t.TEX_PENDING);
    expect(pending).not.toContain('class="katex');
    document.body.innerHTML = `<section><p>${pending}</p></section>`;
    expect(document.body.textContent).toBe('\\mu \\pm 2\\sigma < x'); // the source, escaped, until KaTeX is here
    await t.loadTex(); // tex() above already started it; on arrival the page's placeholders are typeset
    expect(t.texReady()).toBe(true);
    expect(document.querySelector(`.${t.TEX_PENDING}`)).toBeNull();
    const display = document.querySelector('.katex-display');
    expect(display).not.toBeNull();
    expect(document.querySelector('annotation')?.textContent).toBe('\\mu \\pm 2\\sigma < x');
    expect(t.tex('\\mu')).toContain('class="katex"');
  });

  it('typesetPending leaves placeholders alone until KaTeX is loaded, and texInto refuses to run without it', async () => {
    const t = await freshTex();
    const el = document.createElement('div');
    el.innerHTML = t.tex('a^2');
    t.typesetPending(el);
    expect(el.querySelector(`.${t.TEX_PENDING}`)).not.toBeNull();
    expect(() => t.texInto(el, 'a')).toThrow(/loadTex/);
    await t.loadTex();
    t.typesetPending(el);
    expect(el.querySelector(`.${t.TEX_PENDING}`)).toBeNull();
    expect(el.querySelector('.katex')).not.toBeNull();
  });

  it('a live formula mounted before KaTeX arrives is rendered on arrival with the last values set', async () => {
    const t = await freshTex();
    const { liveTex } = await import('../../../src/widgets/liveTex.ts');
    const el = document.createElement('div');
    const live = liveTex(el, (slot) => `\\mu = ${slot(0)}`, { lang: 'fr', digits: 2 });
    live.set([1.5]);
    expect(el.textContent).toBe('');
    await t.loadTex();
    await Promise.resolve();
    expect(el.querySelector('.katex')).not.toBeNull();
    expect(el.querySelector('.katex-html')?.textContent).toContain('1,50');
    live.set([-0.25]);
    expect(el.querySelector('.katex-html')?.textContent).toContain('−0,25');
  });
});

describe('KaTeX that cannot be fetched', () => {
  it('a live formula shows its TeX source with the current values instead of staying blank, and the next call tries again', async () => {
    const t = await freshTex();
    const { liveTex } = await import('../../../src/widgets/liveTex.ts');
    const offline = t.loadTex(() => Promise.reject(new Error('offline'))); // the fetch in flight when the slide mounts
    const el = document.createElement('div');
    const live = liveTex(el, (slot) => `\\mu = ${slot(0)}`, { lang: 'fr', digits: 2 });
    live.set([1.5]);
    await expect(offline).rejects.toThrow('offline');
    await Promise.resolve();
    expect(el.querySelector(`.${t.TEX_PENDING}`)?.textContent).toBe('\\mu = 1{,}50');
    live.set([2]);
    expect(el.querySelector(`.${t.TEX_PENDING}`)?.textContent).toBe('\\mu = 2{,}00');
    document.body.replaceChildren(el);
    await t.loadTex(); // a later attempt that succeeds typesets the page's pending formulas
    expect(el.querySelector('.katex')).not.toBeNull();
  });
});
