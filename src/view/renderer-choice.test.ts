import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer, WEBGL_MIN_ELEMENTS } from './renderer-choice';

const BIG = WEBGL_MIN_ELEMENTS;
const HARDWARE = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002504) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
  'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
  'AMD Radeon Pro 5500M OpenGL Engine',
];
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.7, 256 bits)',
  'Microsoft Basic Render Driver',
  'ANGLE (Mesa, llvmpipe (LLVM 12.0.0, 256 bits), OpenGL 4.5)',
];

describe('chooseRenderer', () => {
  it('obeys canvas and webgl whatever the size and the GPU', () => {
    for (const gpu of [...HARDWARE, ...SOFTWARE, null]) {
      expect(chooseRenderer('canvas', BIG * 5, gpu)).toBe('canvas');
      expect(chooseRenderer('webgl', 10, gpu)).toBe('webgl');
    }
  });

  it('switches big graphs to WebGL on a hardware GPU only', () => {
    for (const gpu of HARDWARE) {
      expect(isSoftwareRenderer(gpu)).toBe(false);
      expect(chooseRenderer('auto', BIG, gpu)).toBe('webgl');
      expect(chooseRenderer(null, BIG - 1, gpu)).toBe('canvas');
    }
    for (const gpu of [...SOFTWARE, null, '']) {
      expect(isSoftwareRenderer(gpu)).toBe(true);
      expect(chooseRenderer('auto', BIG * 5, gpu)).toBe('canvas');
    }
  });

  it('treats an unknown setting as auto', () => {
    expect(chooseRenderer('bogus', BIG, HARDWARE[0]!)).toBe('webgl');
    expect(chooseRenderer(undefined, BIG, SOFTWARE[0]!)).toBe('canvas');
  });
});
