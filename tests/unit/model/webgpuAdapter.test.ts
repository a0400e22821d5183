// Reading the WebGPU adapter the browser offers (src/model/webgpu.browser.ts): Node has no navigator.gpu, so each test
// gives it the object a browser would (Chrome 156 on this machine: info { vendor 'google', architecture 'swiftshader',
// isFallbackAdapter true }).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeWebgpuAdapter } from '../../../src/model/webgpu.browser.ts';

const withGpu = (requestAdapter: () => Promise<unknown>) => vi.stubGlobal('navigator', { gpu: { requestAdapter } });
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('probeWebgpuAdapter', () => {
  it('names the adapter and says whether it is a software fallback', async () => {
    withGpu(async () => ({ info: { vendor: 'google', architecture: 'swiftshader', description: '', isFallbackAdapter: true } }));
    expect(await probeWebgpuAdapter()).toEqual({ name: 'google swiftshader', fallback: true });
    withGpu(async () => ({ info: { vendor: 'nvidia', architecture: 'ampere', description: 'NVIDIA GeForce RTX 3060' }, isFallbackAdapter: false }));
    expect(await probeWebgpuAdapter()).toEqual({ name: 'NVIDIA GeForce RTX 3060', fallback: false });
    // a browser that gives no flag at all: a SwiftShader name still counts as software
    withGpu(async () => ({ info: { vendor: 'google', architecture: 'swiftshader' } }));
    expect(await probeWebgpuAdapter()).toEqual({ name: 'google swiftshader', fallback: true });
  });

  it('is null without WebGPU, without an adapter, when asking fails, or when no adapter comes in time', async () => {
    vi.stubGlobal('navigator', {});
    expect(await probeWebgpuAdapter()).toBeNull();
    withGpu(async () => null);
    expect(await probeWebgpuAdapter()).toBeNull();
    withGpu(() => Promise.reject(new Error('GPU process crashed')));
    expect(await probeWebgpuAdapter()).toBeNull();
    vi.useFakeTimers();
    withGpu(() => new Promise(() => {})); // a driver that never answers
    const late = probeWebgpuAdapter(2000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await late).toBeNull();
  });
});
