/**
 * `npm run size`'s measure: which built files count as eager (reached through static imports)
 * and which as lazy (`import()`, a worker's `new URL(…, import.meta.url)`), on a small fake build.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importsOf, measureBundle } from './size.mjs';

const dir = mkdtempSync(join(tmpdir(), 'sg-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
}

write({
  'stakeholder-graph.js': `import{a}from"./chunks/shared.js";export*from"./chunks/more.js";const w=()=>new Worker(new URL(\`assets/worker.js\`,import.meta.url));const p=()=>import(\`./chunks/panels.js\`);const s="import('./chunks/not-code.js')";`,
  'chunks/shared.js': 'export const a=1;',
  'chunks/more.js': 'import"./shared.js";export const b=2;',
  'chunks/panels.js': 'import{a}from"../stakeholder-graph.js";import"./panel-only.js";export const c=a;',
  'chunks/panel-only.js': 'export const d=4;',
  'chunks/not-code.js': 'export const e=5;',
  'assets/worker.js': 'self.onmessage=()=>{};',
});

describe('measureBundle', () => {
  it('counts the entry and its static imports as eager, transitively, each once', () => {
    const { eager } = measureBundle(dir);
    expect(eager.map((file: { file: string }) => file.file)).toEqual(['stakeholder-graph.js', 'chunks/shared.js', 'chunks/more.js']);
  });

  it('counts import() targets, their own static imports and worker scripts as lazy, never the eager ones', () => {
    const { lazy } = measureBundle(dir);
    expect(lazy.map((file: { file: string }) => file.file).sort()).toEqual([
      'assets/worker.js',
      'chunks/panel-only.js',
      'chunks/panels.js',
    ]);
  });

  it('sums the eager gzip bytes and compares them with the budget', () => {
    const result = measureBundle(dir, { budget: 10 });
    expect(result.eagerGzip).toBe(result.eager.reduce((sum: number, file: { gzip: number }) => sum + file.gzip, 0));
    expect(result.withinBudget).toBe(false);
    expect(measureBundle(dir, { budget: 1_000_000 }).withinBudget).toBe(true);
  });

  it('says what to run when there is no build', () => {
    expect(() => measureBundle(join(dir, 'nowhere'))).toThrow(/npm run build:lib/);
  });
});

describe('importsOf', () => {
  it('ignores bare specifiers and import() calls with a computed specifier', () => {
    const { staticImports, dynamicImports } = importsOf('import"lit";const f=(x)=>import(x);', join(dir, 'x.js'));
    expect([staticImports, dynamicImports]).toEqual([[], []]);
  });
});
