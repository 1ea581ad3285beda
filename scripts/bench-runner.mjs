// Measures the lesson runner in Chromium against the built site (dist/): for a runnable SQL block and a
// runnable TypeScript block, the bytes the first Run downloads (raw, and gzip as a compressing host would
// send them; the dataset is already gzipped) and the time from pressing Run to the first result on screen,
// cold (a fresh browser profile: nothing cached) and warm (a second Run on the same page). Median of
// BENCH_RUNS (5) cold runs. Not a test: numbers for BENCHMARKS.md.
// Usage: npm run build && npm run bench:runner [-- port]
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './lib/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4399);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cases = [
  { name: 'SQL', path: '/modules/crm-lifecycle/service-escalation/', block: '.runnable[data-lang="sql"]' },
  { name: 'TypeScript', path: '/modules/typescript-fundamentals/functions/', block: '.runnable[data-lang="ts"]' },
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Presses Run in the page and resolves with the milliseconds until the result (table or console) is shown. */
const pressRun = (block) =>
  new Promise((resolve) => {
    const el = document.querySelector(block);
    const output = el.querySelector('.run-output');
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (output.querySelector('.run-result')) {
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    });
    observer.observe(output, { childList: true, subtree: true });
    el.querySelector('.run-result')?.remove();
    el.querySelector('button[data-act="run"]').click();
  });

const server = await serveStatic('dist', port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  for (const c of cases) {
    const cold = [];
    const warm = [];
    let bytes = { raw: 0, gzip: 0, files: [] };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}${c.path}`);
      await page.waitForLoadState('networkidle');
      const loaded = [];
      page.on('response', (r) => loaded.push(r));
      cold.push(await page.evaluate(pressRun, c.block));
      warm.push(await page.evaluate(pressRun, c.block));
      if (i === 0) {
        for (const r of loaded.filter((x) => !x.url().startsWith('blob:'))) {
          const body = await r.body().catch(() => Buffer.alloc(0));
          const url = new URL(r.url()).pathname;
          const gz = url.endsWith('.gz') ? body.length : gzipSync(body, { level: 9 }).length;
          bytes.raw += body.length;
          bytes.gzip += gz;
          bytes.files.push(`${url.replace(/^.*\//, '')} ${(gz / 1024).toFixed(1)} KB gz`);
        }
      }
      await context.close();
    }
    console.log(
      `${c.name}: first Run downloads ${(bytes.gzip / 1024).toFixed(1)} KB gzip (${(bytes.raw / 1024).toFixed(1)} KB raw): ${bytes.files.join(', ')}`,
    );
    console.log(
      `${c.name}: Run → first result, cold ${Math.round(median(cold))} ms (median of ${runs}; ${cold.map(Math.round).join(', ')}), warm ${Math.round(median(warm))} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
