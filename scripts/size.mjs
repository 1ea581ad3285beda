// Reports what each kind of page loads: bytes of HTML, CSS and JS, raw and gzip, from the built
// site in dist/. "JS before interaction" counts the scripts a page loads at start; code loaded
// on demand (the search panel, quiz code) is listed apart, and so is what the lesson runner downloads on a
// learner's first Run of SQL or TypeScript. Fails past the budgets in budgets.json.
// Usage: npm run build && npm run size
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The build to measure: dist/, or the folder named by CONVERGE_OUT (as astro.config.mjs reads it).
const dist = process.env.CONVERGE_OUT ?? 'dist';
const pages = {
  home: '/',
  map: '/curriculum/',
  track: '/tracks/year-1/',
  module: '/modules/how-systems-talk/',
  lesson: '/modules/how-systems-talk/urls-and-json/',
  // A lesson with no runnable code: no run controls' script.
  reading: '/modules/agile-leadership/agile-marketing/',
  // A lesson whose runnable blocks declare charts (```sql run chart=bar …): the chart code loads on the first chart drawn.
  charted: '/modules/sql-for-marketers/group-by-and-aggregates/',
  quiz: '/modules/how-systems-talk/quiz/',
  capstone: '/tracks/year-1/capstone/',
  search: '/search/',
  learning: '/learning/',
  // Today's review: the page, and on demand its element with the quiz code and the FSRS scheduler.
  review: '/review/',
  certificate: '/tracks/year-1/certificate/',
  assignment: '/assignment/',
  builder: '/teach/assign/',
  syllabus: '/teach/syllabus/',
  teach: '/teach/',
  course: '/courses/year-1-spring-2027/',
  // Electives: the pair page, its project and its record of study.
  elective: '/electives/ai-at-work/',
  project: '/electives/ai-at-work/project/',
  'pair record': '/electives/ai-at-work/certificate/',
};

const file = (url) => join(dist, decodeURI(url.replace(/^\/+/, '')));
const sizes = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

/** Static imports of an ES module, followed transitively (what the browser fetches at start). */
function jsClosure(url, seen = new Set(), lazy = new Set()) {
  if (seen.has(url) || !existsSync(file(url))) return seen;
  seen.add(url);
  const code = readFileSync(file(url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    jsClosure(new URL(m[1], `http://x${url}`).pathname, seen, lazy);
  }
  // import(`./chunk.js`): loaded on demand (opening search, reaching a quiz).
  for (const m of code.matchAll(/import\(\s*[`"']([^`"'$]+)[`"']\s*\)/g)) lazy.add(new URL(m[1], `http://x${url}`).pathname);
  for (const m of code.matchAll(/[`"'](\/[^`"'\s]*_astro\/[^`"'\s]+\.js)[`"']/g)) lazy.add(m[1]);
  return seen;
}

/** What a set of on-demand chunks costs, with their own static imports, minus what the page already has. */
function onDemand(lazy, already) {
  const all = new Set();
  for (const url of lazy) for (const u of jsClosure(url)) if (!already.has(u)) all.add(u);
  return [...all];
}

const rows = [];
for (const [kind, path] of Object.entries(pages)) {
  const htmlPath = join(dist, path, 'index.html');
  if (!existsSync(htmlPath)) continue;
  const html = readFileSync(htmlPath);
  const text = html.toString();
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const lazy = new Set();
  const scriptUrls = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const js = new Set();
  for (const url of scriptUrls) jsClosure(url, js, lazy);
  // Inline scripts, not counting JSON data blocks (quiz answer keys), which are data, not code.
  const inlineScripts = [...text.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const inlineJs = inlineScripts.join('');
  for (const code of inlineScripts)
    for (const m of code.matchAll(/[`"'](\/[^`"'\s]*\/_astro\/[^`"'\s]+\.js|\/_astro\/[^`"'\s]+\.js)[`"']/g)) lazy.add(m[1]);
  const sum = (urls) =>
    urls.reduce(
      (acc, u) => {
        const s = sizes(readFileSync(file(u)));
        return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip };
      },
      { raw: 0, gzip: 0 },
    );
  const h = sizes(html);
  const c = sum(css);
  const j = sum([...js]);
  const inline = sizes(Buffer.from(inlineJs));
  const later = sum(onDemand(lazy, js).filter((u) => existsSync(file(u))));
  rows.push({
    kind,
    path,
    html: h,
    css: c,
    js: { raw: j.raw + inline.raw, gzip: j.gzip + (inlineJs ? inline.gzip : 0) },
    onDemand: later,
    files: { css: css.length, js: js.size },
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log('page      HTML raw/gz (KB)   CSS raw/gz (KB)    JS at start raw/gz (KB)   total gz (KB)   JS on demand raw/gz (KB)');
for (const r of rows) {
  const total = r.html.gzip + r.css.gzip + r.js.gzip;
  console.log(
    `${r.kind.padEnd(9)} ${kb(r.html.raw)} /${kb(r.html.gzip)}   ${kb(r.css.raw)} /${kb(r.css.gzip)}   ${kb(r.js.raw)} /${kb(r.js.gzip)}          ${kb(total)}        ${kb(r.onDemand.raw)} /${kb(r.onDemand.gzip)}`,
  );
}
console.log(
  'JS on demand: search panel (on opening search), quiz code (quiz pages; quick checks as they near the screen), progress code (lessons: at the first scroll or key; overview pages: at once), My learning code (learning, certificate: at once) and the runner module (lessons with runnable blocks); Pagefind itself is extra.',
);

// The lesson runner (runnable SQL and TypeScript, code exercises) loads only on a learner's first Run:
// what that first Run downloads, gzip (the dataset is fetched pre-gzipped).
const astroDir = join(dist, '_astro');
const named = (re) => (existsSync(astroDir) ? readdirSync(astroDir).filter((f) => re.test(f)) : []).map((f) => `/_astro/${f}`);
const [runnerJs] = named(/^runner-.*\.js$/);
const runner = {};
if (runnerJs) {
  const gz = (urls) => urls.reduce((n, u) => n + (u.endsWith('.gz') ? readFileSync(file(u)).length : sizes(readFileSync(file(u))).gzip), 0);
  const dataset = readdirSync(join(dist, 'data'))
    .filter((f) => f.endsWith('.sqlite.gz'))
    .map((f) => `/data/${f}`);
  runner.sqlFirstRun = gz([runnerJs, ...named(/^sql-worker-.*\.js$/), ...named(/\.wasm$/), ...dataset]);
  runner.tsFirstRun = gz([runnerJs, ...named(/^ts-worker-.*\.js$/)]);
  // What the first chart on a page adds (Observable Plot and the chart view), on top of the run itself.
  runner.chartFirstDraw = gz(named(/^chart-element-.*\.js$/));
  const parts = {
    runner: gz([runnerJs]),
    'SQL worker': gz(named(/^sql-worker-.*\.js$/)),
    'SQLite wasm': gz(named(/\.wasm$/)),
    dataset: gz(dataset),
    'TypeScript worker (Sucrase)': gz(named(/^ts-worker-.*\.js$/)),
    'chart (Observable Plot)': runner.chartFirstDraw,
  };
  console.log(
    `runner    first SQL run ${kb(runner.sqlFirstRun)} KB gz, first TypeScript run ${kb(runner.tsFirstRun)} KB gz (${Object.entries(parts)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`)
      .join(', ')})`,
  );
}
// Offline: every page's start-up JS includes the worker's registration (counted in the rows above); the worker
// itself and the prompt for a new version load apart from any page's start.
const [register] = named(/^OfflineRegister\.astro.*\.js$/);
if (register) {
  const sw = join(dist, 'sw.js');
  const [prompt] = named(/^update-prompt-.*\.js$/);
  const gz = (path) => (path && existsSync(path) ? kb(sizes(readFileSync(path)).gzip) : '     -');
  console.log(
    `offline   registration ${gz(file(register))} KB gz at start on every page; not at start: new-version prompt ${gz(prompt && file(prompt))} KB gz, sw.js ${gz(sw)} KB gz`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, runner }, null, 2));

// Budgets (budgets.json): fail the run when a page kind is over.
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const over = [];
for (const r of rows) {
  const b = budgets[r.kind];
  if (!b) continue;
  const measured = { total: r.html.gzip + r.css.gzip + r.js.gzip, jsAtStart: r.js.gzip, jsAll: r.js.gzip + r.onDemand.gzip };
  for (const [key, limit] of Object.entries(b)) {
    if (measured[key] / 1024 > limit)
      over.push(`${r.kind} (${r.path}): ${key} ${(measured[key] / 1024).toFixed(1)} KB gzip > budget ${limit} KB`);
  }
}
for (const [key, limit] of Object.entries(budgets.runner ?? {})) {
  if (runner[key] !== undefined && runner[key] / 1024 > limit)
    over.push(`runner: ${key} ${(runner[key] / 1024).toFixed(1)} KB gzip > budget ${limit} KB`);
}
if (over.length) {
  console.error(`size: over budget:\n${over.join('\n')}`);
  process.exitCode = 1;
} else console.log('size: every page kind is within budgets.json');
