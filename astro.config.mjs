// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Where the site is published. Set CONVERGE_SITE (origin) and CONVERGE_BASE (sub-path, e.g. /converge/)
// when deploying to a university's web space or GitHub Pages.
const site = process.env.CONVERGE_SITE ?? 'http://localhost:4321';
const base = process.env.CONVERGE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  markdown: {
    shikiConfig: {
      // Light theme inline; the dark one as CSS variables that src/styles/code.css switches to.
      themes: { light: 'github-light', dark: 'github-dark' },
      wrap: false,
    },
  },
  devToolbar: { enabled: false },
});
