import { describe, expect, it } from 'vitest';
import { notebookNetwork } from '../../../slides/networkSlide.ts';
import { listingText } from '../../../src/widgets/codeListing.ts';
import { notebookCell } from '../../../src/widgets/notebookCell.ts';

describe('encoder and decoder diagrams', () => {
  it('draw the network the notebook cell on the same slide builds: its layer names, widths and parameter counts', () => {
    for (const part of ['encoder', 'decoder'] as const) {
      const code = listingText(notebookCell(part)!).join('\n');
      const graph = notebookNetwork(part);
      for (const node of graph.nodes) expect(code, `${part}: ${node.id}`).toContain(`name: '${node.id}'`);
      for (const node of graph.nodes.filter((n) => n.kind === 'dense')) {
        const inputs = graph.nodes.find((n) => n.id === node.inputs[0])!.units;
        expect(node.params, node.id).toBe(inputs * node.units + node.units);
      }
    }
    const units = (part: 'encoder' | 'decoder') => notebookNetwork(part).nodes.map((n) => n.units);
    expect(units('encoder')).toEqual([784, 256, 2, 2]);
    expect(units('decoder')).toEqual([2, 256, 784]);
    expect(notebookNetwork('encoder').nodes.reduce((s, n) => s + n.params, 0)).toBe(201_988);
    expect(notebookNetwork('decoder').nodes.reduce((s, n) => s + n.params, 0)).toBe(202_256);
  });
});
