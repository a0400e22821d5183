import { describe, expect, it } from 'vitest';
import { probeStep } from '../../../src/widgets/latentKeys.ts';

const plane = { domain: [-4, 4] as const, yDomain: [-2, 6] as const };

describe('probeStep', () => {
  it('moves the probe by a fortieth of the plane per arrow, ten times that with Shift; up raises z₂', () => {
    expect(probeStep([0, 1], 'ArrowRight', false, plane)).toEqual([0.2, 1]);
    expect(probeStep([0, 1], 'ArrowLeft', false, plane)).toEqual([-0.2, 1]);
    expect(probeStep([0, 1], 'ArrowUp', false, plane)).toEqual([0, 1.2]);
    expect(probeStep([0, 1], 'ArrowDown', true, plane)).toEqual([0, -1]);
  });

  it('stays on the plane and ignores other keys', () => {
    expect(probeStep([3.9, 5.9], 'ArrowRight', true, plane)).toEqual([4, 5.9]);
    expect(probeStep([3.9, 5.9], 'ArrowUp', true, plane)).toEqual([3.9, 6]);
    expect(probeStep([0, 0], 'PageDown', false, plane)).toBeNull();
    expect(probeStep([0, 0], ' ', false, plane)).toBeNull();
  });
});
