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
      // High-contrast GitHub themes: every token meets WCAG AA (4.5:1), which plain github-light does
      // not (its #e36209 on white is 3.5:1). Light colours inline; dark ones as --shiki-dark variables (prose.css).
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      wrap: false,
    },
  },
  devToolbar: { enabled: false },
});
