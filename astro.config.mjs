// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { runnableTransformer } from './src/lib/runner/runnable-shiki.ts';

// Where the site is published. Set CONVERGE_SITE (origin) and CONVERGE_BASE (sub-path, e.g. /converge/)
// when deploying to a university's web space or GitHub Pages.
const site = process.env.CONVERGE_SITE ?? 'http://localhost:4321';
const base = process.env.CONVERGE_BASE ?? '/';
const outDir = process.env.CONVERGE_OUT ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: {
    // Render four pages at a time: each page waits on file reads and writes, and rendering the next page
    // meanwhile cut page generation by about a quarter at 1,000 lessons (BENCHMARKS.md). Pages share only
    // the memoised curriculum graph (src/lib/graph/site.ts), which is safe to await from several pages at once.
    concurrency: 4,
    // Every stylesheet is a file, cached once for all pages, rather than a <style> copied into each
    // (a learner reads lesson after lesson): lesson HTML is 8 KB smaller, and the CSP needs no style hashes.
    inlineStylesheets: 'never',
  },
  integrations: [mdx(), sitemap()],
  markdown: {
    shikiConfig: {
      // High-contrast GitHub themes: every token meets WCAG AA (4.5:1), which plain github-light does
      // not (its #e36209 on white is 3.5:1). Light colours inline; dark ones as --shiki-dark variables (prose.css).
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      wrap: false,
      // ```sql run / ```ts run: runnable blocks (src/lib/runner/runnable-shiki.ts).
      transformers: [runnableTransformer()],
    },
  },
  devToolbar: { enabled: false },
  // On-demand code (search panel, quiz) is bundled as standalone ES modules and imported by URL
  // (see SearchDialog.astro): no module-preload helper has to ship with every page.
  // sql.js and Sucrase load only inside the runner's workers; listing them lets the dev server bundle them
  // at start instead of discovering them on the first Run and reloading the page.
  // The service worker's registration (OfflineRegister.astro) always ships as a file, never inlined into the
  // page like other small scripts: the CSP keeps it to a script from this origin.
  vite: {
    worker: { format: 'es' },
    optimizeDeps: { include: ['sql.js', 'sucrase'] },
    build: { assetsInlineLimit: (file) => (file.includes('OfflineRegister') ? false : undefined) },
  },
  // Content-Security-Policy, as a <meta> on every page. Astro adds the hashes of the scripts and
  // styles it emits; the rest is the least that the site needs:
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind fetches its index and WebAssembly from /pagefind/ on this origin.
        "connect-src 'self'",
        "img-src 'self' data:",
        // Runnable TypeScript/JavaScript in lessons runs as its own worker script, made into a Blob URL
        // (src/lib/runner/ts-run.ts), so no eval and no 'unsafe-eval' is needed; blob: is allowed for workers only.
        "worker-src 'self' blob:",
      ],
      scriptDirective: {
        // 'self' for the bundled modules and Pagefind's loader; 'wasm-unsafe-eval' lets Pagefind
        // compile its search WebAssembly (it runs no JavaScript eval). No 'unsafe-inline'.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        // Shiki colours code with inline style attributes (style="color:…;--shiki-dark:…"); they are
        // allowed as attributes only (style-src-attr), never as <style> elements (the site has none).
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
