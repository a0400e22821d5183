import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { runStepBreakdown } from '../../../scripts/bench/stepBreakdown.ts';
import { wasmKernels } from '../../../src/model/kernels/wasmKernels.ts';

describe('npm run bench -- --step', () => {
  it('times every part with and without our kernels, leaves them on, and leaks no tensor', async () => {
    const b = await runStepBreakdown(2);
    const before = tf.memory().numTensors;
    for (const times of [b.with_kernels, b.without_kernels]) {
      for (const ms of Object.values(times)) expect(ms).toBeGreaterThan(0);
      expect(times.step_ms).toBeGreaterThan(times.adam_ms);
    }
    expect(wasmKernels()).not.toBeNull();
    await runStepBreakdown(1);
    expect(tf.memory().numTensors).toBe(before);
  });
});
