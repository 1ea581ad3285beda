// What the dataset page shows beyond the schema: the sizes of the generated files, each table's row
// count, and the diagram's layout (boxes on a grid, a path for each link). Build time only (reads
// public/data/, which `npm run dataset` writes before the build).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relations } from './dataset-schema.ts';

const data = (file: string) => `public/data/${file}`;

/** A generated file's size, "1,234 KB"; '' when it has not been generated. */
export const fileSize = (file: string) =>
  existsSync(data(file)) ? `${Math.round(statSync(data(file)).size / 1024).toLocaleString('en')} KB` : '';

/** Rows in a table, counted from its CSV (header and final line end left out); 0 when not generated. */
export function rowCount(table: string): number {
  const file = data(`csv/${table}.csv`);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\r\n').length - 2 : 0;
}

/** Each table's cell on the diagram's grid: [column, row]. */
const GRID: Record<string, [number, number]> = {
  campaigns: [0, 0],
  channels: [1, 0],
  social_posts: [2, 0],
  email_sends: [0, 1],
  sessions: [1, 1],
  social_mentions: [2, 1],
  mention_labels: [3, 1],
  orders: [0, 2],
  customers: [1, 2],
  funnel_events: [2, 2],
  identity_events: [1, 3],
  media_weeks: [2, 3],
  geo_weeks: [3, 3],
};
/** Box width and height, and the grid's pitch, in SVG units. */
export const BOX = { width: 200, height: 52 };
const PITCH = { x: 250, y: 120 };

/** The diagram: a box per table (its centre) and a path per link between tables, and the viewBox that holds them. */
export function datasetDiagram() {
  const center = (t: string) => {
    const cell = GRID[t];
    if (!cell) throw new Error(`dataset diagram: table "${t}" has no place on the grid (src/lib/dataset-page.ts)`);
    const [c, r] = cell;
    return { x: 20 + c * PITCH.x + BOX.width / 2, y: 20 + r * PITCH.y + BOX.height / 2 };
  };
  const links = relations();
  const edges = [...new Map(links.map((l) => [`${l.from}-${l.to}`, l])).values()].map((l) => {
    const a = center(l.from);
    const b = center(l.to);
    // social_posts → campaigns would cross the channels box: arc above the top row instead.
    const d =
      a.y === b.y && Math.abs(a.x - b.x) > 300
        ? `M ${a.x} ${a.y} C ${a.x} -30, ${b.x} -30, ${b.x} ${b.y}`
        : `M ${a.x} ${a.y} L ${b.x} ${b.y}`;
    return { key: `${l.from}-${l.to}`, d };
  });
  const boxes = Object.keys(GRID).map((table) => ({ table, ...center(table) }));
  const columns = Math.max(...Object.values(GRID).map(([c]) => c)) + 1;
  const rows = Math.max(...Object.values(GRID).map(([, r]) => r)) + 1;
  const viewBox = `0 -40 ${40 + (columns - 1) * PITCH.x + BOX.width - 10} ${40 + (rows - 1) * PITCH.y + BOX.height + 48}`;
  return { edges, boxes, viewBox, links };
}
