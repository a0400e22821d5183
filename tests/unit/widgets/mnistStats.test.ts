import { describe, expect, it } from 'vitest';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { classCounts, gatherSet, pixelSummary, sampleIndices, summarizeSplit } from '../../../src/widgets/mnistStats.ts';

const split = loadMnistFile();

describe('summarizeSplit', () => {
  it('reads 9,000 training and 1,000 test digits (100 per class) from the real asset', () => {
    const s = summarizeSplit(split);
    expect(s.trainCount + s.testCount).toBe(10_000);
    expect(s.testCount).toBe(1000);
    expect(s.testPerClass).toEqual(new Array(10).fill(100));
    expect(s.trainPerClass.reduce((a, b) => a + b, 0)).toBe(s.trainCount);
    expect(s.trainPerClass).toEqual(classCounts(split.train.labels));
  });
});

describe('pixelSummary', () => {
  it('keeps the non-zero pixels as bytes 0–255 and as intensities byte / 255, and the share of zeros', () => {
    const p = pixelSummary(split.test);
    expect(p.total).toBe(1000 * 784);
    expect(p.zeroFraction).toBeGreaterThan(0.7);
    expect(p.zeroFraction).toBeLessThan(0.9);
    expect(p.nonZeroBytes.length).toBe(p.nonZeroUnit.length);
    expect(Math.max(...p.nonZeroBytes.subarray(0, 5000))).toBeLessThanOrEqual(255);
    for (let i = 0; i < 1000; i++) expect(p.nonZeroUnit[i]).toBeCloseTo(p.nonZeroBytes[i] / 255, 6);
  });
});

describe('classCounts / sampleIndices / gatherSet', () => {
  it('classCounts([0, 1, 1, 9]) counts each digit', () => {
    expect(classCounts([0, 1, 1, 9])).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('sampleIndices draws the same distinct indices for the same seed', () => {
    const a = sampleIndices(9000, 40, 2024);
    expect(a).toEqual(sampleIndices(9000, 40, 2024));
    expect(new Set(a).size).toBe(40);
    expect(a).not.toEqual(sampleIndices(9000, 40, 2025));
  });

  it('gatherSet copies the chosen images and labels', () => {
    const g = gatherSet(split.test, [0, 999]);
    expect(g.labels).toEqual([0, 9]);
    expect(Array.from(g.images.subarray(784, 1568))).toEqual(Array.from(split.test.images.subarray(999 * 784, 1000 * 784)));
  });
});
