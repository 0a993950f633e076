/**
 * `latest.svg`, hand-written: grouped bars per dataset and contender on a log scale, one panel for
 * the first interactive frame, one for the settled layout and one for the pan/zoom frame time
 * (p95). "Did not finish" is a hatched bar up to the cap marked DNF; a pan/zoom run whose input did
 * not move the viewport is an empty dashed box marked "invalid", never a bar (it would read as
 * fast). Each bar carries its contender's letter, so colour is never the only cue.
 */
import type { BenchResults, SummaryRow } from './results';
import { CONTENDERS } from './contenders';
import { formatMs } from './report-md';

const WIDTH = 980;
const LEFT = 64;
const RIGHT = 16;
const PANEL_HEIGHT = 250;
const PANEL_GAP = 78;
const TOP = 96;
const MIN_MS = 10;
/** Room above the cap line for the value labels of the tallest bars. */
const HEADROOM = 40;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Panel {
  title: string;
  value(row: SummaryRow): number | null;
  /** What the cell shows instead of a bar: did not finish (hatched to the cap), invalid (dashed box), or a bar. */
  state(row: SummaryRow): 'dnf' | 'invalid' | 'value';
  /** Top of the scale; a panel with `cap` draws it as the cap line. */
  maxMs: number;
  cap: boolean;
}

/** The smallest power of ten at or above `ms` (at least 1 s): the top of a scale with no cap. */
function ceilPow10(ms: number): number {
  return 10 ** Math.max(3, Math.ceil(Math.log10(Math.max(1, ms))));
}

export function renderSvg(results: BenchResults): string {
  const { options, datasets } = results;
  const contenders = CONTENDERS.filter((entry) => options.contenders.includes(entry.id));
  const capMs = Math.max(options.capMs, 1000);
  const panZoomMax = ceilPow10(Math.max(0, ...results.summary.map((row) => row.panZoomP95Ms ?? 0)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const groupWidth = plotWidth / Math.max(1, datasets.length);
  const barWidth = Math.min(26, (groupWidth * 0.8) / Math.max(1, contenders.length));
  const panels: Panel[] = [
    {
      title: 'First interactive frame (from navigation start)',
      value: (row) => row.firstFrameMs,
      state: (row) => (row.firstFrameMs === null ? 'dnf' : 'value'),
      maxMs: capMs,
      cap: true,
    },
    {
      title: 'Layout settled (from navigation start)',
      value: (row) => row.settledMs,
      state: (row) => (row.settledMs === null ? 'dnf' : 'value'),
      maxMs: capMs,
      cap: true,
    },
    {
      title: 'Pan/zoom frame time, p95 (16.7 ms = 60 Hz; invalid = the viewport did not change under the input)',
      value: (row) => row.panZoomP95Ms,
      state: (row) => (row.panZoomP95Ms === null && row.panZoomInvalid > 0 ? 'invalid' : 'value'),
      maxMs: panZoomMax,
      cap: false,
    },
  ];
  const height = TOP + 20 + panels.length * PANEL_HEIGHT + (panels.length - 1) * PANEL_GAP + 48;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" role="img" aria-labelledby="title desc">`,
  );
  out.push(
    `<title id="title">Stakeholder Graph benchmark: time to first interactive frame, to a settled layout, and pan/zoom frame time</title>`,
  );
  out.push(
    `<desc id="desc">${escape(`Median milliseconds, log scale, per dataset and contender: first frame and settled layout from navigation start (DNF = not within the ${formatMs(options.capMs)} cap), pan/zoom p95 frame time under scripted drag and wheel input (invalid = the viewport did not change under the input, so no frame time). ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.chromium}, software rendering.`)}</desc>`,
  );
  out.push('<defs>');
  for (const entry of contenders) {
    out.push(
      `<pattern id="dnf-${entry.id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${entry.color}"/></pattern>`,
    );
  }
  out.push('</defs>');
  out.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="${LEFT}" y="24" font-size="16" font-weight="600" fill="#0f172a">Median milliseconds, log scale; lower is better</text>`,
  );
  out.push(
    `<text x="${LEFT}" y="42" font-size="11" fill="#475569">${escape(`${results.machine.date.slice(0, 10)} · ${results.machine.cpu}, ${results.machine.cores} cores · ${results.machine.chromium} headless, software rendering · hatched = did not finish within ${formatMs(options.capMs)} · dashed box = invalid`)}</text>`,
  );
  let legendX = LEFT;
  let legendY = 52;
  for (const entry of contenders) {
    const label = `${entry.code} = ${entry.label}`;
    const width = 24 + label.length * 6.2;
    if (legendX + width > WIDTH - RIGHT) {
      legendX = LEFT;
      legendY += 18;
    }
    out.push(`<rect x="${legendX}" y="${legendY}" width="12" height="12" fill="${entry.color}"/>`);
    out.push(`<text x="${legendX + 16}" y="${legendY + 10}" font-size="11" fill="#1e293b">${escape(label)}</text>`);
    legendX += width;
  }

  const logMin = Math.log10(MIN_MS);
  panels.forEach((panel, p) => {
    const { maxMs } = panel;
    const logMax = Math.log10(maxMs);
    const top = TOP + p * (PANEL_HEIGHT + PANEL_GAP) + 20;
    const bottom = top + PANEL_HEIGHT;
    const y = (ms: number) =>
      bottom - ((Math.log10(Math.max(MIN_MS, Math.min(maxMs, ms))) - logMin) / (logMax - logMin)) * (PANEL_HEIGHT - HEADROOM);
    out.push(`<text x="${LEFT}" y="${top - 8}" font-size="13" font-weight="600" fill="#0f172a">${escape(panel.title)}</text>`);
    for (const tick of new Set([10, 100, 1000, 10_000, 100_000, maxMs])) {
      if (tick > maxMs) continue;
      const ty = y(tick).toFixed(1);
      const isCap = panel.cap && tick === maxMs;
      out.push(
        `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}" stroke="${isCap ? '#b91c1c' : '#e2e8f0'}"${isCap ? ' stroke-dasharray="4 3"' : ''}/>`,
      );
      out.push(
        `<text x="${LEFT - 6}" y="${Number(ty) + 4}" font-size="10" text-anchor="end" fill="${isCap ? '#b91c1c' : '#475569'}">${escape(isCap ? `cap ${formatMs(tick)}` : formatMs(tick))}</text>`,
      );
    }
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${bottom}" y2="${bottom}" stroke="#94a3b8"/>`);
    datasets.forEach((dataset, d) => {
      const groupX = LEFT + d * groupWidth + (groupWidth - barWidth * contenders.length) / 2;
      contenders.forEach((entry, c) => {
        const row = results.summary.find((r) => r.contender === entry.id && r.dataset === dataset.id);
        const x = groupX + c * barWidth;
        const cx = (x + barWidth / 2).toFixed(1);
        out.push(`<text x="${cx}" y="${bottom + 12}" font-size="10" text-anchor="middle" fill="#475569">${entry.code}</text>`);
        if (!row || row.runs === 0) return;
        const value = panel.value(row);
        const state = panel.state(row);
        const dnf = state === 'dnf';
        if (state === 'invalid') {
          // No bar: an empty dashed box over the whole panel, so it reads as "no figure", not as fast.
          const boxTop = y(maxMs);
          out.push(
            `<rect x="${(x + 1).toFixed(1)}" y="${boxTop.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(bottom - boxTop).toFixed(1)}" fill="none" stroke="#7f1d1d" stroke-width="1" stroke-dasharray="3 3"><title>${escape(`${entry.label}, ${dataset.label}: invalid, ${row.panZoomInvalidReason ?? 'viewport did not change under the input'}`)}</title></rect>`,
          );
          out.push(
            `<text transform="translate(${cx} ${((boxTop + bottom) / 2).toFixed(1)}) rotate(-90)" font-size="9" font-weight="700" text-anchor="middle" dominant-baseline="middle" fill="#7f1d1d">invalid</text>`,
          );
          return;
        }
        const barTop = dnf ? y(maxMs) : value === null ? bottom : y(value);
        const fill = dnf ? `url(#dnf-${entry.id})` : entry.color;
        const label = dnf ? 'DNF' : formatMs(value);
        const partlyInvalid =
          panel.cap || row.panZoomInvalid === 0 ? '' : ` (${row.panZoomInvalid}/${row.runs} runs invalid: viewport did not move)`;
        out.push(
          `<rect x="${(x + 1).toFixed(1)}" y="${barTop.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${Math.max(0, bottom - barTop).toFixed(1)}" fill="${fill}" stroke="${entry.color}" stroke-width="${dnf ? 1 : 0}"><title>${escape(`${entry.label}, ${dataset.label}: ${label}${partlyInvalid}`)}</title></rect>`,
        );
        if (dnf)
          out.push(
            `<text x="${cx}" y="${(barTop - 4).toFixed(1)}" font-size="9" font-weight="700" text-anchor="middle" fill="#7f1d1d">DNF</text>`,
          );
        else
          out.push(
            `<text transform="translate(${cx} ${(barTop - 4).toFixed(1)}) rotate(-90)" font-size="9" dominant-baseline="middle" fill="#0f172a">${escape(label)}</text>`,
          );
      });
      out.push(
        `<text x="${(LEFT + (d + 0.5) * groupWidth).toFixed(1)}" y="${bottom + 30}" font-size="12" text-anchor="middle" fill="#0f172a">${escape(dataset.id === 'seed' ? `seed (${dataset.nodes} nodes)` : `${dataset.label} nodes`)}</text>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
