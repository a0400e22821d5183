// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ClassBars } from '../../../src/charts/classBars.ts';

describe('ClassBars', () => {
  it('stacks one rect per class and layer, writes each total above its bar and never writes NaN', () => {
    const host = document.createElement('div');
    const bars = new ClassBars(host, { width: 600, height: 400, classes: 10, ariaLabel: 'counts', formatValue: (v) => String(v) });
    const train = Array.from({ length: 10 }, (_, c) => 800 + c);
    bars.update({
      layers: [
        { id: 'train', values: train, color: '#000', label: 'train' },
        { id: 'test', values: new Array(10).fill(100), color: '#ccc', label: 'test' },
      ],
    });
    expect(host.querySelectorAll('g.bars rect')).toHaveLength(20);
    expect([...host.querySelectorAll('g.totals text')].map((t) => t.textContent)).toEqual(train.map((v) => String(v + 100)));
    expect(host.querySelectorAll('g.legend g')).toHaveLength(2);
    // a layer coloured per class gets a legend swatch striped with every class's colour, not one class's colour
    const palette = Array.from({ length: 10 }, (_, c) => `#${String(c).repeat(6)}`);
    bars.update({ layers: [{ id: 'train', values: train, color: (c) => palette[c], label: 'train' }] });
    const fill = host.querySelector('g.legend rect')!.getAttribute('fill')!;
    expect(fill).toMatch(/^url\(#class-bars-\d+-train\)$/);
    const stops = [...host.querySelectorAll(`${fill.slice(4, -1)} stop`)].map((s) => s.getAttribute('stop-color'));
    expect(new Set(stops)).toEqual(new Set(palette));
    bars.update({ layers: [{ id: 'train', values: [Number.NaN, -3, 5], color: '#000' }] });
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    bars.destroy();
    expect(host.children).toHaveLength(0);
  });
});
