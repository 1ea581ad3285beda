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

/** axe violations on the page, summarised as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Sets the theme the way a returning visitor's choice is stored, before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('converge-theme', t), theme);
}
