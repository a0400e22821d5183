import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { crc32, encodeGrayPng } from '../../../notebooks/lib/png.ts';
import { digitMosaic, showDigits } from '../../../notebooks/lib/digits.ts';
import { enclosingTicks, lineChartSvg, manifoldSvg, niceTicks, padded, scatterByClassSvg, showSvg, stackedLineChartsSvg, tickLabel } from '../../../notebooks/lib/charts.ts';

describe('notebook PNG encoder', () => {
  it('crc32("IEND") is the checksum every PNG ends with', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('encodeGrayPng writes a PNG whose image data inflates back to the pixels', () => {
    const pixels = Uint8Array.from({ length: 6 }, (_, i) => i * 40);
    const png = encodeGrayPng(pixels, 3, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([3, 2, 8, 0]);
    const idatLength = view.getUint32(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, 0, 40, 80, 0, 120, 160, 200]);
  });

  it('encodeGrayPng rejects a pixel count that does not match the size', () => {
    expect(() => encodeGrayPng(new Uint8Array(5), 3, 2)).toThrow(/expected 6 pixels, got 5/);
  });
});

describe('digit mosaics', () => {
  it('digitMosaic tiles digits with gaps, ink dark on white', () => {
    const images = new Float32Array(3 * 784);
    images[0] = 1; // top-left pixel of the first digit is full ink
    const m = digitMosaic(images, 3, { cols: 2, gap: 2 });
    expect([m.width, m.height]).toEqual([58, 58]);
    expect(m.pixels[0]).toBe(24);
    expect(m.pixels[1]).toBe(255);
    expect(m.pixels[28]).toBe(229); // the gap
  });

  it('digitMosaic says what is wrong with too few values', () => {
    expect(() => digitMosaic(new Float32Array(700), 1, { cols: 1 })).toThrow(/1 images need 784 values, got 700/);
  });

  it('showDigits gives an HTML image with a PNG fallback', () => {
    const bundle = showDigits(new Float32Array(784), 1, { cols: 1, alt: 'un chiffre' })[Symbol.for('Jupyter.display')]();
    expect(bundle['text/html']).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="un chiffre" width="56"/);
    expect(Object.keys(bundle).sort()).toEqual(['image/png', 'text/html', 'text/plain']);
  });
});

describe('notebook SVG charts', () => {
  it('niceTicks(0, 10) steps by 2', () => {
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('enclosingTicks(0, 4.97) ends on 5', () => {
    expect(enclosingTicks(0, 4.97, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('showSvg also offers the SVG as HTML (nbconvert strips image/svg+xml elements)', () => {
    const bundle = showSvg('<svg xmlns="http://www.w3.org/2000/svg"><line/></svg>', 'un trait')[Symbol.for('Jupyter.display')]();
    expect(bundle['image/svg+xml']).toContain('<line/>');
    expect(bundle['text/html']).toContain('<line/>');
    expect(bundle['text/plain']).toBe('un trait');
  });

  it('lineChartSvg draws one path per series and formats numbers in French', () => {
    const svg = lineChartSvg(
      [
        { name: 'total', color: '#111827', points: [[0, 200], [1, 170.5], [2, NaN]] },
        { name: 'KL', color: '#D55E00', points: [[0, 2], [1, 5]], dashed: true },
      ],
      { title: 'Pertes', xLabel: 'époque', yLabel: 'nats' },
    );
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('>0,2<'); // French decimal comma
    expect(svg).not.toMatch(/NaN/);
  });

  it('lineChartSvg refuses a chart with no finite point', () => {
    expect(() => lineChartSvg([{ name: 'x', color: '#000', points: [[0, NaN]] }], { title: 'vide', xLabel: 'a', yLabel: 'b' })).toThrow(/no finite point/);
  });

  it('tick labels use a decimal comma and a true minus sign (U+2212)', () => {
    expect(tickLabel(-2)).toBe('\u22122');
    expect(tickLabel(-0.5)).toBe('\u22120,5');
    expect(tickLabel(1.5)).toBe('1,5');
  });

  it('the y axis of a line chart spans the data, not 0, and the legend is wide enough for its longest name', () => {
    const svg = lineChartSvg([{ name: 'reconstruction (test)', color: '#000', points: [[1, 311], [10, 170]] }], { title: 'Perte', xLabel: 'époque', yLabel: 'nats' });
    const yLabels = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(yLabels).toEqual(['150', '200', '250', '300', '350']);
    const legendX = Number(/<text x="([\d.]+)"[^>]*>reconstruction \(test\)</.exec(svg)![1]);
    expect(legendX + 21 * 7.5).toBeLessThanOrEqual(720); // 21 characters at ≤ 7.5 px fit in the 720 px chart
  });

  it('stackedLineChartsSvg puts each panel under the previous one in a single SVG', () => {
    const panel = (title: string, y: number) => ({ series: [{ name: title, color: '#000', points: [[1, y], [2, y + 1]] as Array<[number, number]> }], options: { title, xLabel: 'époque', yLabel: 'nats', height: 200 } });
    const svg = stackedLineChartsSvg([panel('haut', 200), panel('bas', 5)], 'deux panneaux');
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg).toMatch(/height="400"/);
    expect(svg).toMatch(/<text x="64" y="220"[^>]*>bas</); // the second title is 200 px lower
  });

  it('padded widens a range by 5 % on each side', () => {
    expect(padded(-2, 2)).toEqual([-2.2, 2.2]);
    expect(padded(3, 3)).toEqual([2.85, 3.15]);
  });

  it('scatterByClassSvg keeps every dot inside the plot box (5 % margin)', () => {
    const svg = scatterByClassSvg([-3, -3, 3, 3, 0, 0], [0, 1, 2], { title: 'z', size: 520 });
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="3"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(dots).toHaveLength(3);
    for (const [cx, cy] of dots) {
      expect(cx - 3).toBeGreaterThan(60); // left edge of the box
      expect(cx + 3).toBeLessThan(630 - 110); // right edge, before the legend
      expect(cy - 3).toBeGreaterThan(34);
      expect(cy + 3).toBeLessThan(520 - 48);
    }
    expect(svg).toContain('>\u22122<');
  });

  it('scatterByClassSvg draws every finite point plus a 10-class legend', () => {
    const svg = scatterByClassSvg([0, 0, 1, 1, NaN, 2], [0, 1, 2], { title: 'z' });
    expect(svg.match(/<circle /g)).toHaveLength(2 + 10);
  });

  it('manifoldSvg embeds the decoded grid as a pixelated image inside z axes', () => {
    const svg = manifoldSvg(digitMosaic(new Float32Array(4 * 784), 4, { cols: 2, gap: 0 }), { min: -2, max: 2, n: 2 }, { title: 'variété' });
    expect(svg).toMatch(/<image href="data:image\/png;base64,/);
    expect(svg).toContain('z₁');
  });
});
