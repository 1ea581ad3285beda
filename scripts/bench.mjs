// Benchmark: builds and indexes the site with N synthetic lessons (deterministic; 100 and 1,000 by
// default) and, for comparison, a bare Astro + Pagefind site of the same lessons. Reports build time,
// time per lesson, peak memory, dist/ size, Pagefind index size, lesson page weight (gzip) and search
// latency in Chromium (first results cold and warm). The two sites are built in turn, BENCH_RUNS (3)
// times each; build times are medians, and the ratio is the median of the per-pair ratios, in wall time
// and in CPU time (user + system). Each build is split into setup, bundling, page generation and indexing
// from Astro's own log.
// Writes reports/bench.json.
// Usage: npm run bench [-- 100 1000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './lib/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const Ns = sizes.length ? sizes : [100, 1000];
const work = resolve('.bench');
const node = process.execPath;
const astroBin = resolve('node_modules/astro/bin/astro.mjs');
const pagefindBin = resolve('node_modules/pagefind/lib/runner/bin.cjs');

// ---- deterministic synthetic content ----
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
const WORDS = `audience message channel campaign funnel segment persona survey response conversion retention churn cohort attribution budget
stack vendor contract integration webhook request response header payload schema query filter table index record customer journey
checkout onboarding email social search display content asset release version deploy pipeline event consent privacy risk
measure metric baseline experiment sample variant lift revenue margin cost forecast roadmap team sprint backlog review`.split(/\s+/);
function sentence(r, n = 8 + Math.floor(r() * 12)) {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
}
const paragraph = (r) => Array.from({ length: 5 }, () => sentence(r)).join(' ');

function lessonBody(r, next) {
  const parts = [paragraph(r)];
  for (const h of ['Why it matters', 'How it works', 'Worked example', 'In practice', 'Summary']) {
    parts.push(`## ${h}`, paragraph(r), paragraph(r));
    if (h === 'How it works')
      parts.push('```ts\nconst conversions = visits.filter((v) => v.converted).length;\nconsole.log(conversions / visits.length);\n```');
  }
  if (next) parts.push(`Next: [the next lesson](${next}).`);
  return parts.join('\n\n') + '\n';
}

const notes = `instructorNotes:
  overview: Synthetic module for the benchmark.
  assignment: None.
  discussion: [One?, Two?]
  pairing: Read beside its partner.`;

/** Writes N lessons as tracks of three pairs (six modules of four or five lessons) under dir. */
function generate(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['tracks', 'modules', 'lessons', 'capstones', 'quizzes']) mkdirSync(join(dir, sub), { recursive: true });
  const tracks = Math.max(1, Math.floor(n / 24));
  const modules = tracks * 6;
  const r = rng(n);
  let left = n;
  for (let t = 1; t <= tracks; t++) {
    writeFileSync(
      join(dir, 'tracks', `t${t}.yaml`),
      `year: ${t}\ntitle: Track ${t}\nsummary: Synthetic track ${t}.\ncapstone: t${t}\npairs:\n${[1, 2, 3].map((p) => `  - order: ${p}\n    title: Pair ${p}\n    summary: Both sides.`).join('\n')}\n`,
    );
    writeFileSync(
      join(dir, 'capstones', `t${t}.mdx`),
      `---\ntitle: Capstone ${t}\ntrack: t${t}\nsummary: Build it.\nhours: 10\nbonds: [sales]\ndeliverables: [A report]\nrubric:\n  - criterion: All\n    weight: 100\n    excellent: Great.\n    proficient: Good.\n    developing: Not yet.\n---\n\n## The brief\n\n${paragraph(r)}\n`,
    );
    for (let p = 1; p <= 3; p++) {
      for (const kind of ['marketing', 'systems']) {
        const id = `t${t}-p${p}-${kind[0]}`;
        const partner = `t${t}-p${p}-${kind === 'marketing' ? 's' : 'm'}`;
        writeFileSync(
          join(dir, 'modules', `${id}.yaml`),
          `title: Module ${id}\nkind: ${kind}\ntrack: t${t}\norder: ${p}\npartner: ${partner}\nsummary: Synthetic module.\noutcomes: [Do a, Do b, Do c]\nhours: 10\nlevel: foundation\nbonds: [analytics]\n${notes}\n`,
        );
        const modulesLeft = modules - ((t - 1) * 6 + (p - 1) * 2 + (kind === 'marketing' ? 0 : 1));
        const count = Math.ceil(left / modulesLeft);
        left -= count;
        mkdirSync(join(dir, 'lessons', id));
        for (let l = 1; l <= count; l++) {
          const next = l < count ? `/modules/${id}/l${l + 1}/` : undefined;
          writeFileSync(
            join(dir, 'lessons', id, `l${l}.mdx`),
            `---\ntitle: ${sentence(r, 4).slice(0, -1)} ${id} ${l}\ndescription: ${sentence(r)}\nmodule: ${id}\norder: ${l}\nminutes: 10\nobjectives: [Explain the idea]\nkeyTerms: [funnel]\nbridge: The partner lesson looks at the same problem from the other side.\n---\n\n${lessonBody(r, next)}`,
          );
        }
      }
    }
  }
}

/** A bare Astro + MDX + Pagefind site rendering the same lessons: the baseline. */
function bareSite(dir, content) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/[...slug]'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], devToolbar: { enabled: false }, cacheDir: './.astro-cache', vite: { cacheDir: '.vite' } };\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { lessons: defineCollection({ loader: glob({ base: ${JSON.stringify(join(content, 'lessons'))}, pattern: '**/*.mdx' }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug]/index.astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('lessons')).map((entry) => ({ params: { slug: 'modules/' + entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title}</title></head><body><main data-pagefind-body><h1>{Astro.props.entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}

/** Runs a command under /usr/bin/time; returns wall seconds, CPU seconds (user + system), peak RSS (MB) and its output. */
function timed(args, env = {}, cwd = process.cwd()) {
  const res = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (res.status !== 0) throw new Error(`${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
  const [, secs, kb, user, sys] = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(res.stderr) ?? [];
  return {
    seconds: Number(secs),
    cpuSeconds: Number(user) + Number(sys),
    peakMB: Math.round(Number(kb) / 1024),
    log: res.stdout + res.stderr,
  };
}

/**
 * Astro's own timings from its build log: the server bundle (Vite, which compiles every MDX lesson),
 * the client bundle, and page generation; the rest of the build (config, content sync, types,
 * collecting routes, sitemap) is setup.
 */
function phases(log) {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const secs = (t) => (t.endsWith('ms') ? Number(t.slice(0, -2)) / 1000 : Number(t.slice(0, -1)));
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].map((m) => secs(m[1]));
  const pages = /^\S+ ✓ Completed in ([\d.]+m?s)/m.exec(plain);
  return { bundleSeconds: bundles.reduce((a, b) => a + b, 0), pagesSeconds: pages ? secs(pages[1]) : NaN };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round1 = (x) => +x.toFixed(1);

/** One build plus Pagefind index of a site. */
function buildOnce(buildArgs, env, cwd, siteDir) {
  const build = timed(buildArgs, env, cwd);
  const index = timed([node, pagefindBin, '--site', siteDir]);
  return {
    seconds: build.seconds + index.seconds,
    cpuSeconds: build.cpuSeconds + index.cpuSeconds,
    peakMB: Math.max(build.peakMB, index.peakMB),
    ...phases(build.log),
    indexSeconds: index.seconds,
  };
}

/**
 * Builds the two sites in turn, RUNS times (A B A B A B), so that a slow spell on this shared 2-core
 * machine hits both alike; the ratio is the median of the per-pair ratios. Each site keeps the run
 * with its median total time.
 */
function pairedBuilds(a, b) {
  // Each site has its own Astro cache (content store) and Vite cache: the first pair starts with both
  // empty, as on a fresh clone (reported as coldSeconds); later pairs reuse them, as a rebuild does.
  rmSync(resolve('node_modules/.astro'), { recursive: true, force: true });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const pair = [buildOnce(...a), buildOnce(...b)];
    runs.push(pair);
    const show = (r) =>
      `${r.seconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s (bundle ${r.bundleSeconds.toFixed(1)}, pages ${r.pagesSeconds.toFixed(1)}, index ${r.indexSeconds.toFixed(1)})`;
    console.log(`  run ${i + 1}: ${show(pair[0])} against ${show(pair[1])}: ${(pair[0].seconds / pair[1].seconds).toFixed(2)}×`);
  }
  const pick = (side) => {
    const all = runs.map((r) => r[side]);
    const mid = [...all].sort((x, y) => x.seconds - y.seconds)[Math.floor(all.length / 2)];
    return { ...mid, all: all.map((r) => round1(r.seconds)), coldSeconds: all[0].seconds };
  };
  return {
    a: pick(0),
    b: pick(1),
    ratio: +median(runs.map(([x, y]) => x.seconds / y.seconds)).toFixed(2),
    // The same for CPU time (user + system, all threads): less swayed by other load on the machine than wall time.
    cpuRatio: +median(runs.map(([x, y]) => x.cpuSeconds / y.cpuSeconds)).toFixed(2),
  };
}

/** The figures both sites report. */
function summary(site, lessons, built, dist) {
  return {
    site,
    lessons,
    buildSeconds: round1(built.seconds),
    cpuSeconds: round1(built.cpuSeconds),
    runs: built.all,
    coldSeconds: round1(built.coldSeconds),
    msPerLesson: Math.round((built.seconds * 1000) / lessons),
    bundleSeconds: round1(built.bundleSeconds),
    pagesSeconds: round1(built.pagesSeconds),
    indexSeconds: round1(built.indexSeconds),
    setupSeconds: round1(built.seconds - built.bundleSeconds - built.pagesSeconds - built.indexSeconds),
    pages: countPages(dist),
    peakMB: built.peakMB,
    distMB: +(du(dist) / 2 ** 20).toFixed(1),
    pagefindMB: +(du(join(dist, 'pagefind')) / 2 ** 20).toFixed(1),
  };
}

/** HTML pages in a built site. */
function countPages(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

const du = (path) => (existsSync(path) ? Number(spawnSync('du', ['-sb', path], { encoding: 'utf8' }).stdout.split('\t')[0]) : 0);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Gzip bytes of a page's HTML plus the CSS and scripts it links. */
function pageWeight(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString();
  const linked = [...text.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  const inline = [...text.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return gz(html) + linked.reduce((sum, u) => sum + gz(readFileSync(join(dist, u))), 0) + (inline ? gz(Buffer.from(inline)) : 0);
}

async function searchLatency(dist, port, lessonPath) {
  const server = await serveStatic(dist, port);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${lessonPath}`);
    return await page.evaluate(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const time = async (q) => {
        const t0 = performance.now();
        const found = await pf.search(q);
        if (found.results[0]) await found.results[0].data();
        return Math.round(performance.now() - t0);
      };
      return { coldMs: await time('campaign funnel'), warmMs: await time('webhook pipeline') };
    });
  } finally {
    await browser.close();
    server.close();
  }
}

const rows = [];
for (const n of Ns) {
  const content = join(work, `content-${n}`);
  generate(content, n);
  const lessons = readdirSync(join(content, 'lessons')).reduce((sum, m) => sum + readdirSync(join(content, 'lessons', m)).length, 0);
  const lessonPath = `/modules/t1-p1-m/l1/`;

  const dist = join(work, `dist-${n}`);
  const bare = join(work, `bare-${n}`);
  bareSite(bare, content);
  const built = pairedBuilds(
    [[node, astroBin, 'build'], { CONVERGE_CONTENT: content, CONVERGE_OUT: dist }, process.cwd(), dist],
    [[node, astroBin, 'build'], {}, bare, join(bare, 'dist')],
  );
  const converge = {
    ...summary('converge', lessons, built.a, dist),
    ratio: built.ratio,
    cpuRatio: built.cpuRatio,
    lessonPageKB: +(pageWeight(dist, lessonPath) / 1024).toFixed(1),
    ...(await searchLatency(dist, 4450, lessonPath)),
  };
  const baseline = summary('bare astro + pagefind', lessons, built.b, join(bare, 'dist'));
  rows.push(converge, baseline);
  console.log(JSON.stringify(converge));
  console.log(JSON.stringify(baseline));
  console.log(
    `N=${n}: Converge build is ${built.ratio}× the bare site's in wall time, ${built.cpuRatio}× in CPU time (medians of ${RUNS} paired runs)`,
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  JSON.stringify(
    {
      machine: `${(await import('node:os')).cpus().length} cores, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      rows,
    },
    null,
    2,
  ),
);
