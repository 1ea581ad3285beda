// Draws a runnable block's result as a chart, with Observable Plot: loaded by the runner only when a
// block that declares a chart (```sql run chart=bar …) shows its first result, so a lesson without
// charts never fetches it. Plot renders plain SVG (prints, scales, needs no canvas or script at view
// time) from a few lines per chart type, and is kept by Observable with d3's scales and axes underneath.
//
// Accessibility: the SVG is an image named by a text alternative computed from the data (src/lib/runner/chart.ts);
// colours hold 3:1 against the page in both themes; series differ by more than colour (patterns on
// stacked bars, dash and a direct label on lines, a shape per point series).
import * as Plot from '@observablehq/plot';
import { chartAlt, chartData, chartTitle, type ChartData, type ChartSpec, type ChartType } from './chart.ts';
import type { ResultSet } from './sql-run.ts';

/**
 * Fills for marks, each at 3:1 or more against the page background and surface in both themes
 * (luminance 0.16–0.20: 4.0–5.1:1 on white, 3.2–4.2:1 on the dark theme's #14161b and #1d2027).
 */
export const PALETTE = ['#3a78d8', '#d0530f', '#2e8540', '#8a55d6', '#c0368c', '#0f7f8a'];
/** Line dashes per series, so lines differ without colour. */
const DASHES = ['none', '6 3', '2 3', '10 3 2 3', '1 5', '12 4'];
/** Point shapes per series. */
const SYMBOLS = ['circle', 'cross', 'diamond', 'square', 'star', 'triangle', 'wye', 'times'];
/** White marks over a fill, one texture per series: stacked parts differ without colour. */
const TEXTURES = [
  '',
  'M0 8L8 0M-2 2L2 -2M6 10L10 6',
  'M0 4H8',
  'M2 2h.01M6 6h.01',
  'M0 0L8 8M0 8L8 0',
  'M4 0V8',
  'M0 0L8 8M-2 6L2 10M6 -2L10 2',
  'M0 4H8M4 0V8',
];

const SVG = 'http://www.w3.org/2000/svg';
const svgEl = (tag: string, attrs: Record<string, string | number>) => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

let charts = 0;

interface Frame {
  spec: ChartSpec;
  data: ChartData;
  width: number;
  /** Ids of this chart's fill patterns, one per series. */
  patterns: string[];
}

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
const longest = (values: readonly (string | number)[]) => Math.max(0, ...values.map((v) => String(v).length));
/** Bars lie down when their labels are long or many: names read across, and fit a phone. */
const horizontal = (d: ChartData) => !d.numericX && (longest(d.xs) > 8 || d.xs.length > 12);
/** At most about eight ticks on a crowded ordinal axis. */
const thin = (xs: (string | number)[]) => {
  const step = Math.ceil(xs.length / 8);
  return step > 1 ? xs.filter((_, i) => i % step === 0) : undefined;
};

function bars(f: Frame, stacked: boolean): Plot.PlotOptions {
  const { spec, data } = f;
  const fill = stacked ? 'series' : PALETTE[0];
  const color = stacked ? { domain: data.series, range: f.patterns.map((id) => `url(#${id})`), legend: true } : undefined;
  if (horizontal(data))
    return {
      marginLeft: Math.min(f.width / 2, 7 * longest(data.xs) + 14),
      marginRight: 48,
      height: 40 + 26 * data.xs.length,
      x: { label: spec.y, grid: true },
      y: { domain: data.xs, label: null },
      color,
      marks: [
        Plot.barX(data.points, { y: 'x', x: 'y', fill, ...(stacked ? { z: 'series' } : {}) }),
        Plot.ruleX([0]),
        ...(stacked ? [] : [Plot.text(data.points, { y: 'x', x: 'y', text: (p: { y: number }) => fmt(p.y), dx: 4, textAnchor: 'start' })]),
      ],
    };
  return {
    marginBottom: longest(data.xs) > 4 ? 56 : 36,
    x: { domain: data.xs, label: spec.x, tickRotate: longest(data.xs) > 4 ? -35 : 0, ticks: thin(data.xs) },
    y: { label: spec.y, grid: true },
    color,
    marks: [Plot.barY(data.points, { x: 'x', y: 'y', fill, ...(stacked ? { z: 'series' } : {}) }), Plot.ruleY([0])],
  };
}

/** Per chart type, the Plot options that draw it. */
const DRAW: Record<ChartType, (f: Frame) => Plot.PlotOptions> = {
  bar: (f) => bars(f, false),
  'stacked-bar': (f) => bars(f, true),
  line({ spec, data }) {
    const groups = data.series.length ? data.series : [null];
    const lasts = groups.map((s) => data.points.filter((p) => p.series === s).at(-1)!);
    return {
      marginRight: data.series.length ? 12 + 7 * longest(data.series) : 20,
      x: data.numericX ? { label: spec.x } : { type: 'point', domain: data.xs, label: spec.x, ticks: thin(data.xs) },
      y: { label: spec.y, grid: true },
      marks: [
        ...groups.flatMap((s, i) => {
          const pts = data.points.filter((p) => p.series === s);
          const stroke = PALETTE[i % PALETTE.length];
          return [
            Plot.line(pts, { x: 'x', y: 'y', stroke, strokeWidth: 2.5, strokeDasharray: DASHES[i % DASHES.length] }),
            Plot.dot(pts, { x: 'x', y: 'y', fill: stroke, r: pts.length > 40 ? 0 : 3 }),
          ];
        }),
        ...(data.series.length ? [Plot.text(lasts, { x: 'x', y: 'y', text: 'series', dx: 6, textAnchor: 'start' })] : []),
      ],
    };
  },
  scatter({ spec, data }) {
    const split = data.series.length > 0;
    return {
      x: { label: spec.x, grid: true },
      y: { label: spec.y, grid: true },
      // One legend, of shapes in their colours.
      color: split ? { domain: data.series, range: PALETTE } : undefined,
      symbol: split ? { domain: data.series, range: SYMBOLS, legend: true } : undefined,
      marks: [
        Plot.dot(data.points, {
          x: 'x',
          y: 'y',
          stroke: split ? 'series' : PALETTE[0],
          symbol: split ? 'series' : 'circle',
          strokeWidth: 1.75,
          r: 4,
        }),
      ],
    };
  },
};

/** The fill patterns of a stacked bar chart: the series colour with its texture in white. */
function patternDefs(ids: string[]): SVGElement {
  const defs = svgEl('defs', {});
  ids.forEach((id, i) => {
    const pattern = svgEl('pattern', { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
    pattern.append(svgEl('rect', { width: 8, height: 8, fill: PALETTE[i % PALETTE.length]! }));
    const texture = TEXTURES[i % TEXTURES.length]!;
    if (texture) pattern.append(svgEl('path', { d: texture, stroke: '#fff', 'stroke-width': 1.5, 'stroke-linecap': 'round' }));
    defs.append(pattern);
  });
  return defs;
}

export type Drawn = { ok: true; figure: HTMLElement; alt: string } | { ok: false; reason: string };

/** Draws a result as the declared chart, `width` pixels wide at most; or says why it cannot. */
export function drawChart(spec: ChartSpec, result: ResultSet | null, total: number, width: number): Drawn {
  const read = chartData(spec, result, total);
  if (!read.ok) return read;
  const n = ++charts;
  const series = read.data.series.length || 1;
  const frame: Frame = { spec, data: read.data, width, patterns: Array.from({ length: series }, (_, i) => `cv-chart-${n}-p${i}`) };
  const options = DRAW[spec.type](frame);
  // Room for the longest value label on a vertical axis (Plot's default assumes shorter, smaller labels).
  const ys = read.data.points.map((p) => p.y);
  const yLabel = Math.max(fmt(Math.max(...ys)).length, fmt(Math.min(...ys)).length);
  const plotted = Plot.plot({
    width,
    height: Math.round(Math.min(400, Math.max(240, width * 0.6))),
    marginLeft: Math.max(40, 8 * yLabel + 16),
    className: 'cv-plot',
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent' },
    ...options,
  });
  // Plot adds <style> elements; the page's CSP refuses them, and code.css carries the same rules.
  for (const style of plotted.querySelectorAll('style')) style.remove();
  const svg = (plotted.matches('svg') ? plotted : plotted.querySelector('svg.cv-plot'))!;
  if (spec.type === 'stacked-bar') svg.prepend(patternDefs(frame.patterns));
  const alt = chartAlt(spec, read.data);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', alt);
  svg.removeAttribute('aria-description');
  // Plot names its marks' groups ("bar", "x-axis tick"); an image's parts are not read, and a plain <g> may not carry a name.
  for (const part of svg.querySelectorAll('[aria-label], [aria-description]')) {
    const mark = part.getAttribute('aria-label');
    if (mark) part.setAttribute('data-mark', mark);
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
  }

  const figure = document.createElement('figure');
  figure.className = 'run-chart';
  const caption = document.createElement('figcaption');
  caption.textContent = chartTitle(spec);
  figure.append(caption, plotted);
  // The same words, visible: what the chart shows, for every reader and on paper (the image already has them as its name).
  const words = document.createElement('p');
  words.className = 'run-chart-alt';
  words.setAttribute('aria-hidden', 'true');
  words.textContent = alt;
  figure.append(words);
  return { ok: true, figure, alt };
}

/** Registered so the runner can reach this module once loaded: customElements.whenDefined('cv-chart'). */
export class CvChart extends HTMLElement {
  static draw = drawChart;
}

if (!customElements.get('cv-chart')) customElements.define('cv-chart', CvChart);

declare global {
  interface HTMLElementTagNameMap {
    'cv-chart': CvChart;
  }
}
