import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAM_MODULE, adamModuleSource } from '../../../scripts/build/wasmKernels.ts';

describe('hand-written WebAssembly kernels', () => {
  it('src/model/kernels/adamWasm.ts is the compilation of adam.wat (run `npm run build:kernels` after editing it)', async () => {
    expect(readFileSync(ADAM_MODULE, 'utf8')).toBe(await adamModuleSource());
  });
});
