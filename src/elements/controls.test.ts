import { describe, expect, it } from 'vitest';
import { EXPLORER_CONTROLS, TOOLBAR_CONTROLS, parseControls } from './controls';

const PARTS = ['search', 'legend', 'details', 'table'] as const;

describe('parseControls', () => {
  it('shows every part when the attribute is absent', () => {
    expect([...parseControls(null, PARTS).shown]).toEqual([...PARTS]);
  });

  it('shows exactly the parts named, in any case and spacing, and none for an empty value', () => {
    expect([...parseControls('  Details\tsearch ', PARTS).shown].sort()).toEqual(['details', 'search']);
    expect(parseControls('', PARTS).shown.size).toBe(0);
  });

  it('ignores an unknown token and names it, a suggestion and the valid ones', () => {
    const { shown, problems } = parseControls('serach legend', PARTS);
    expect([...shown]).toEqual(['legend']);
    expect(problems).toEqual([
      {
        path: 'controls',
        message: 'unknown control "serach" ignored (did you mean "search"?); valid controls: search, legend, details, table',
      },
    ]);
  });

  it('quotes a hostile token escaped and shortened', () => {
    const { problems } = parseControls(`<img/src=x/onerror=alert(1)>${'x'.repeat(80)}`, PARTS);
    expect(problems[0]!.message).not.toContain('<');
    expect(problems[0]!.message.length).toBeLessThan(140);
  });
});

describe("the explorer's controls", () => {
  it('include open (Open…, Template, drop and paste) in the toolbar, shown when the attribute is absent', () => {
    expect(TOOLBAR_CONTROLS).toContain('open');
    expect(parseControls(null, EXPLORER_CONTROLS).shown.has('open')).toBe(true);
    expect(parseControls('search export', EXPLORER_CONTROLS).shown.has('open')).toBe(false);
  });

  it('include the analysis panel, after the paths and before the table, shown when the attribute is absent', () => {
    expect(EXPLORER_CONTROLS.indexOf('analysis')).toBe(EXPLORER_CONTROLS.indexOf('paths') + 1);
    expect(TOOLBAR_CONTROLS).not.toContain('analysis');
    expect(parseControls(null, EXPLORER_CONTROLS).shown.has('analysis')).toBe(true);
    expect(parseControls('paths table', EXPLORER_CONTROLS).shown.has('analysis')).toBe(false);
  });

  it('include the source panel, after the analysis and before the table, shown when the attribute is absent', () => {
    expect(EXPLORER_CONTROLS.indexOf('sources')).toBe(EXPLORER_CONTROLS.indexOf('analysis') + 1);
    expect(EXPLORER_CONTROLS.indexOf('table')).toBeGreaterThan(EXPLORER_CONTROLS.indexOf('sources'));
    expect(TOOLBAR_CONTROLS).not.toContain('sources');
    expect(parseControls(null, EXPLORER_CONTROLS).shown.has('sources')).toBe(true);
    expect(parseControls('details table', EXPLORER_CONTROLS).shown.has('sources')).toBe(false);
  });

  it('include the story editor, after the sources and before the table, shown when the attribute is absent', () => {
    expect(EXPLORER_CONTROLS.indexOf('story')).toBe(EXPLORER_CONTROLS.indexOf('sources') + 1);
    expect(EXPLORER_CONTROLS.indexOf('table')).toBe(EXPLORER_CONTROLS.indexOf('story') + 1);
    expect(TOOLBAR_CONTROLS).not.toContain('story');
    expect(parseControls(null, EXPLORER_CONTROLS).shown.has('story')).toBe(true);
    expect(parseControls('details table', EXPLORER_CONTROLS).shown.has('story')).toBe(false);
  });
});
