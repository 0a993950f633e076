/** The machine the report tests describe (test code only): every report needs one, none reads it. */
import type { MachineInfo } from './results';

export const TEST_MACHINE: MachineInfo = {
  cpu: 'test',
  cores: 2,
  memoryGiB: 4,
  os: 'linux',
  node: 'v20',
  chromium: 'Chromium',
  chromiumPath: '/usr/bin/chromium',
  chromiumArgs: [],
  loadAverage: { start: 0, end: 0 },
  date: '2026-01-01T00:00:00.000Z',
  caveat: 'software rendering',
};
