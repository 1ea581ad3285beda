// Shared helpers for browser tests: the pages of the built site, and axe with the WCAG tags we hold to.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page in dist/, as a URL path ("/modules/x/"). */
export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).replace(/\\/g, '/');
        out.push('/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

export const pageHtml = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules among those tags that depend on colour (contrast of text, and of links in text). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe violations on the page, summarised as readable lines. */
export async function axeViolations(page: Page, options: { colourOnly?: boolean } = {}): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode runs axe per frame and then finishes the
  // run in a second, blank page it opens for every check; the site has no frames, so that bought nothing
  // and made each check about 0.9 s slower (2.6 → 1.5 s a page, light and dark, on the walk of every page).
  // Only violations are wanted, so axe keeps one node per passing rule instead of all of them.
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  // A theme changes colours only, so a second theme needs only axe's colour rules.
  const results = await (options.colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
