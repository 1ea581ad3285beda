// Writes the service worker (sw.js) into a built site, after Pagefind has written its index, with Workbox's
// generateSW. It precaches the site: every page, its CSS and JS, the icons and manifest, and the search index,
// so reading, navigation, search, quizzes and My learning work offline after the first visit. What only
// runnable code needs (the SQLite WebAssembly, the SQL and TypeScript workers, the sample dataset) is cached
// the first time a learner runs code, not up front. A new deploy installs a new worker that waits until the
// learner accepts "A new version of Converge is ready" (src/lib/update-prompt.ts), so no page changes under them.
// Usage: node scripts/sw.mjs [site folder]  (default: $CONVERGE_OUT or dist)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Cached on first use, never precached: what the runner loads on a learner's first Run, and the print pages
 * (each repeats a whole track's lessons, 6 MB in all, for a reader who prints once).
 */
export const ON_DEMAND = ['_astro/sql-worker-*.js', '_astro/ts-worker-*.js', '_astro/*.wasm', 'data/**', '*/*/print/index.html'];

/** What Workbox is told: the precache list and the runtime caches, for a site built into `dir` under `base`. */
export function workerConfig(dir, base = '/') {
  const root = base.endsWith('/') ? base : `${base}/`;
  const escaped = root.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    globDirectory: dir,
    swDest: join(dir, 'sw.js'),
    globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
    globIgnores: [
      ...ON_DEMAND,
      // PDFs are downloads (npm run pdf), and Pagefind's own UIs are not used: the site has its own panel.
      'pdf/**',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-highlight.js',
      // Never another build's folder (dist-base/ and the like) if one was built inside this one.
      'dist*/**',
      'sw.js',
      'workbox-*.js',
    ],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Vite's file names carry a content hash already.
    dontCacheBustURLsMatching: /\/_astro\//,
    // Every file is static, so a query string never changes what is served: /search/?q=… is /search/, and
    // Pagefind's cache-busting pagefind-entry.json?ts=… is the precached entry of this deploy.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // The first visit's page is looked after at once; a new version waits for the learner (SKIP_WAITING message).
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cacheId: 'converge',
    runtimeCaching: [
      {
        // Hashed file names: a cached copy is always right. (Workbox matches a same-origin URL's pattern anywhere in it.)
        urlPattern: new RegExp(`${escaped}_astro/(?:(?:sql|ts)-worker-[\\w-]+\\.js|[\\w.-]+\\.wasm)$`),
        handler: 'CacheFirst',
        options: { cacheName: 'converge-runner', expiration: { maxEntries: 12 } },
      },
      {
        // The dataset keeps its name across deploys: serve the copy, refresh it behind.
        urlPattern: new RegExp(`${escaped}data/`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'converge-dataset', expiration: { maxEntries: 24 } },
      },
      {
        // A print page: the network's copy when there is one, the last one read when offline.
        urlPattern: new RegExp(`${escaped}(?:tracks|electives)/[\\w-]+/print/$`),
        handler: 'NetworkFirst',
        options: { cacheName: 'converge-print', expiration: { maxEntries: 12 } },
      },
    ],
  };
}

/** Generates `dir`/sw.js; resolves to what was precached (files and bytes) and Workbox's warnings. */
export async function generateWorker(dir, base = process.env.CONVERGE_BASE ?? '/') {
  if (!existsSync(join(dir, 'pagefind', 'pagefind-entry.json')))
    throw new Error(`${dir}: no Pagefind index; run pagefind --site ${dir} first (the worker precaches the index)`);
  const { count, size, warnings } = await generateSW(workerConfig(resolve(dir), base));
  return { count, size, warnings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.CONVERGE_OUT ?? 'dist';
  const { count, size, warnings } = await generateWorker(dir);
  for (const w of warnings) console.warn(`sw: ${w}`);
  console.log(
    `sw: ${dir}/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB; cached on first use: ${ON_DEMAND.join(', ')}`,
  );
}
