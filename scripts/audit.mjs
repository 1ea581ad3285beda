// Lighthouse on the built site: home, a lesson and a quiz page, in Debian's Chromium (or CHROMIUM_PATH).
// Fails unless accessibility, best practices and SEO score 100 and performance at least 98.
// Usage: npm run build && npm run audit   (serves dist/ itself on AUDIT_PORT, default 4420, so it can run
// beside a preview server: Astro 7 allows one `astro preview` per project)
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from './lib/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const port = Number(process.env.AUDIT_PORT ?? 4420);
const pages = ['/', '/modules/how-systems-talk/urls-and-json/', '/modules/how-systems-talk/quiz/'];
const minimum = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveStatic('dist', port);

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const failures = [];
const report = [];
try {
  for (const path of pages) {
    const url = `http://127.0.0.1:${port}${path}`;
    // Mobile form factor with Lighthouse's default simulated slow 4G and CPU slowdown.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(minimum) });
    const scores = Object.fromEntries(Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
    report.push({ path, scores });
    console.log(
      `${path.padEnd(45)} ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join('  ')}`,
    );
    for (const [id, min] of Object.entries(minimum)) {
      if ((scores[id] ?? 0) < min) {
        const failing = Object.values(result.lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        failures.push(`${path}: ${id} ${scores[id]} < ${min}; failing audits: ${failing.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify(report, null, 2));
if (failures.length) {
  console.error(`audit: below target:\n${failures.join('\n')}`);
  process.exitCode = 1;
} else console.log('audit: every page meets the targets');
