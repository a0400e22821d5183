import { describe, expect, it } from 'vitest';
import { texToSvg } from '../../../scripts/lib/texSvg.ts';
import { scatterData } from '../../../scripts/lib/pptxNativeCharts.ts';

describe('formulas as SVG (MathJax)', () => {
  it('typesets TeX into a standalone SVG sized in px, drawn in the given colour', () => {
    const a = texToSvg('\\mathrm{KL}\\big(q(z \\mid x) \\,\\|\\, \\mathcal{N}(0, I)\\big)', false, '1F2937', 20);
    expect(a.svg).toMatch(/^<\?xml[^>]*\?>\n<svg [^>]*width="[\d.]+px"[^>]*height="[\d.]+px"/);
    expect(a.svg).toContain('fill="#1F2937"');
    expect(a.svg).not.toContain('currentColor');
    expect(a.svg).toMatch(/<path /);
    // twice the em, twice the size
    const b = texToSvg('\\mathrm{KL}\\big(q(z \\mid x) \\,\\|\\, \\mathcal{N}(0, I)\\big)', false, '1F2937', 40);
    expect(b.width / a.width).toBeCloseTo(2, 1);
    expect(a.width).toBeGreaterThan(a.height * 3);
  });

  it('a display formula is typeset too, and bad TeX throws instead of drawing an error box', () => {
    expect(texToSvg('\\sum_{i=1}^{784} x_i \\log \\hat{x}_i', true, '000000').height).toBeGreaterThan(0);
    expect(() => texToSvg('\\frac{1}{', false, '000000')).toThrow(/brace/i);
    expect(() => texToSvg('\\nosuchmacro{x}', false, '000000')).toThrow();
  });
});

describe('native scatter data', () => {
  it('puts every point in one x column and each series on its own rows', () => {
    const data = scatterData({
      kind: 'scatter',
      series: [
        { name: '0', color: '000000', x: [1, 2], y: [3, 4] },
        { name: '1', color: 'FFFFFF', x: [5], y: [6] },
      ],
      xDomain: [-4, 4],
      yDomain: [-4, 4],
      xTitle: 'z₁',
      yTitle: 'z₂',
    });
    expect(data).toEqual([
      { name: 'x', values: [1, 2, 5] },
      { name: '0', values: [3, 4, null] },
      { name: '1', values: [null, null, 6] },
    ]);
  });
});
