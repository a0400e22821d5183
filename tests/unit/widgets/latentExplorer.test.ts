// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { emptiestPoint, LatentExplorer, digitLegendHtml } from '../../../src/widgets/latentExplorer.ts';
import { latestOnly, latestPerFrame } from '../../../src/widgets/latestPerFrame.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { testServices } from '../../support/services.ts';
import { createParamStore } from '../../../src/deck/params.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

function scope(lang: 'fr' | 'en' = 'fr') {
  return createScope({ lang, mode: 'live', params: createParamStore(new Map(), '', () => {}), declared: [], services: testServices() });
}
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('emptiestPoint', () => {
  it('finds the hole in the middle of a ring of codes', () => {
    const pts: number[] = [];
    for (let k = 0; k < 200; k++) pts.push(3 * Math.cos((2 * Math.PI * k) / 200), 3 * Math.sin((2 * Math.PI * k) / 200));
    const [x, y] = emptiestPoint(new Float32Array(pts));
    expect(Math.hypot(x, y)).toBeLessThan(0.3);
  });

  it('is [0, 0] without finite codes', () => {
    expect(emptiestPoint(new Float32Array([NaN, NaN]))).toEqual([0, 0]);
  });
});

describe('latestPerFrame', () => {
  it('runs only the latest request of a burst, once, in the next frame', async () => {
    const s = scope();
    const seen: number[] = [];
    const push = latestPerFrame<number>(s, (v) => {
      seen.push(v);
    });
    for (let i = 0; i < 10; i++) push(i);
    expect(seen).toEqual([]);
    await nextFrame();
    expect(seen).toEqual([9]);
  });

  it('does nothing once the scope is disposed', async () => {
    const s = scope();
    const seen: number[] = [];
    const push = latestPerFrame<number>(s, (v) => {
      seen.push(v);
    });
    push(1);
    s.dispose();
    await nextFrame();
    expect(seen).toEqual([]);
  });
});

describe('latestOnly', () => {
  it('runs at once when idle, keeps only the latest request while busy, then runs it', async () => {
    const s = scope();
    const seen: number[] = [];
    let release: () => void = () => {};
    const push = latestOnly<number>(s, (v) => {
      seen.push(v);
      return v === 0 ? new Promise<void>((r) => (release = r)) : undefined;
    });
    push(0);
    await Promise.resolve();
    expect(seen).toEqual([0]);
    push(1);
    push(2);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([0, 2]);
  });
});

describe('LatentExplorer', () => {
  it('decodes a point and shows z with data-value, in French format', async () => {
    const s = scope('fr');
    const host = document.createElement('div');
    const asked: number[][] = [];
    const decoder = { decode: async (z: Float32Array, n: number) => (asked.push([...z]), new Float32Array(n * 784)) };
    const ex = new LatentExplorer(host, s, {
      decoder, codes: { points: new Float32Array([0, 0, 1, 1]), labels: new Uint8Array([0, 1]) },
      width: 400, height: 400, digitSize: 100, ariaLabel: 'plan',
    });
    await ex.show([1.25, -0.5]);
    expect(asked).toEqual([[1.25, -0.5]]);
    const z1 = host.querySelector<HTMLElement>('.z1')!;
    expect(z1.dataset.value).toBe('1.25');
    expect(z1.textContent).toBe('1,25');
    expect(host.querySelector<HTMLElement>('.z2')!.dataset.value).toBe('-0.5');
    expect(host.querySelectorAll('.digit-grid canvas')).toHaveLength(1);
    s.dispose();
    expect(host.querySelector('.latent-explorer')).toBeNull();
  });

  it('digitLegendHtml lists the ten digits', () => {
    const div = document.createElement('div');
    div.innerHTML = digitLegendHtml('légende');
    expect(div.textContent).toBe('0123456789');
  });
});
