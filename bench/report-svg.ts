/**
 * `latest.svg`, hand-written: grouped bars per dataset and contender on a log scale, one panel for
 * the first interactive frame and one for the settled layout. "Did not finish" is a hatched bar up
 * to the cap marked DNF; each bar carries its contender's letter, so colour is never the only cue.
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
  dnf(row: SummaryRow): boolean;
}

export function renderSvg(results: BenchResults): string {
  const { options, datasets } = results;
  const contenders = CONTENDERS.filter((entry) => options.contenders.includes(entry.id));
  const maxMs = Math.max(options.capMs, 1000);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const groupWidth = plotWidth / Math.max(1, datasets.length);
  const barWidth = Math.min(26, (groupWidth * 0.8) / Math.max(1, contenders.length));
  const panels: Panel[] = [
    { title: 'First interactive frame', value: (row) => row.firstFrameMs, dnf: (row) => row.firstFrameMs === null && row.runs > 0 },
    { title: 'Layout settled', value: (row) => row.settledMs, dnf: (row) => row.settledMs === null && row.runs > 0 },
  ];
  const height = TOP + 20 + panels.length * PANEL_HEIGHT + (panels.length - 1) * PANEL_GAP + 48;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" role="img" aria-labelledby="title desc">`,
  );
  out.push(`<title id="title">Stakeholder Graph benchmark: time to first interactive frame and to a settled layout</title>`);
  out.push(
    `<desc id="desc">${escape(`Median milliseconds from navigation start, log scale, per dataset and contender; DNF = not within the ${formatMs(options.capMs)} cap. ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.chromium}, software rendering.`)}</desc>`,
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
    `<text x="${LEFT}" y="24" font-size="16" font-weight="600" fill="#0f172a">Time from navigation start (median, log scale; lower is better)</text>`,
  );
  out.push(
    `<text x="${LEFT}" y="42" font-size="11" fill="#475569">${escape(`${results.machine.date.slice(0, 10)} · ${results.machine.cpu}, ${results.machine.cores} cores · ${results.machine.chromium} headless, software rendering · hatched = did not finish within ${formatMs(options.capMs)}`)}</text>`,
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
  const logMax = Math.log10(maxMs);
  panels.forEach((panel, p) => {
    const top = TOP + p * (PANEL_HEIGHT + PANEL_GAP) + 20;
    const bottom = top + PANEL_HEIGHT;
    const y = (ms: number) =>
      bottom - ((Math.log10(Math.max(MIN_MS, Math.min(maxMs, ms))) - logMin) / (logMax - logMin)) * (PANEL_HEIGHT - HEADROOM);
    out.push(`<text x="${LEFT}" y="${top - 8}" font-size="13" font-weight="600" fill="#0f172a">${escape(panel.title)}</text>`);
    for (const tick of [10, 100, 1000, 10_000, maxMs]) {
      if (tick > maxMs) continue;
      const ty = y(tick).toFixed(1);
      const isCap = tick === maxMs;
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
        const dnf = panel.dnf(row);
        const barTop = dnf ? y(maxMs) : value === null ? bottom : y(value);
        const fill = dnf ? `url(#dnf-${entry.id})` : entry.color;
        const label = dnf ? 'DNF' : formatMs(value);
        out.push(
          `<rect x="${(x + 1).toFixed(1)}" y="${barTop.toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${Math.max(0, bottom - barTop).toFixed(1)}" fill="${fill}" stroke="${entry.color}" stroke-width="${dnf ? 1 : 0}"><title>${escape(`${entry.label}, ${dataset.label}: ${label}`)}</title></rect>`,
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
