import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { runStepBreakdown } from '../../../scripts/bench/stepBreakdown.ts';
import { wasmKernels } from '../../../src/model/kernels/wasmKernels.ts';

describe('npm run bench -- --step', () => {
  it('times every part with and without our kernels, leaves them on, and leaks no tensor', async () => {
    const b = await runStepBreakdown(2);
    const before = tf.memory().numTensors;
    for (const times of [b.with_kernels, b.without_kernels]) {
      expect(Object.keys(times).sort()).toEqual(['adam_ms', 'loss_and_grads_ms', 'step_ms', 'transpose_128x784_ms']);
      for (const ms of Object.values(times)) expect(Number.isFinite(ms) && ms >= 0).toBe(true); // values: npm run bench -- --step
    }
    expect(wasmKernels()).not.toBeNull();
    await runStepBreakdown(1);
    expect(tf.memory().numTensors).toBe(before);
  });
});
