import { describe, expect, it } from 'vitest';
import { chromiumArgs } from './run';

describe('chromiumArgs', () => {
  it('rasterises in software by default and keeps the GPU when asked (SG_BENCH_GPU=1)', () => {
    expect(chromiumArgs(false)).toContain('--disable-gpu');
    const gpu = chromiumArgs(true);
    expect(gpu).not.toContain('--disable-gpu');
    expect(gpu).toContain('--ignore-gpu-blocklist');
  });
});
