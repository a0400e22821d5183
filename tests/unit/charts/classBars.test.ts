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
    bars.update({ layers: [{ id: 'train', values: [Number.NaN, -3, 5], color: '#000' }] });
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    bars.destroy();
    expect(host.children).toHaveLength(0);
  });
});
