import { afterEach, describe, expect, it, vi } from 'vitest';
import { overrideWasmThreads, wasmThreadsWanted } from '../../../src/model/backend.browser.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function machine(cores: number, isolated: boolean): void {
  vi.stubGlobal('navigator', { hardwareConcurrency: cores });
  vi.stubGlobal('crossOriginIsolated', isolated);
}

describe('wasmThreadsWanted', () => {
  it.each([
    [1, 1],
    [2, 1], // a 2-core laptop keeps one thread: two collapse as soon as anything else runs
    [3, 1],
    [4, 2],
    [6, 3],
    [8, 4],
    [16, 4],
  ])('with cross-origin isolation and %i logical cores asks for %i thread(s)', (cores, threads) => {
    machine(cores, true);
    expect(wasmThreadsWanted()).toBe(threads);
  });

  it('asks for one thread without cross-origin isolation (no SharedArrayBuffer for the threaded build)', () => {
    machine(8, false);
    expect(wasmThreadsWanted()).toBe(1);
  });

  it('the benchmark override wins under isolation only, and rejects nonsense', () => {
    expect(() => overrideWasmThreads(0)).toThrow(/1 to 16/);
    expect(() => overrideWasmThreads(2.5)).toThrow(/1 to 16/);
    overrideWasmThreads(2);
    machine(2, true);
    expect(wasmThreadsWanted()).toBe(2);
    machine(2, false);
    expect(wasmThreadsWanted()).toBe(1);
  });
});
