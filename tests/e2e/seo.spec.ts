import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { builtPages, pageHtml } from './site.ts';

const pages = builtPages().filter((p) => p !== '/404/');

test('every page has a title, a description, a canonical URL and Open Graph tags', () => {
  const titles = new Map<string, string>();
  for (const path of pages) {
    const html = pageHtml(path);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, `${path}: <title>`).toBeTruthy();
    expect(titles.get(title!), `${path}: title "${title}" is also used by ${titles.get(title!)}`).toBeUndefined();
    titles.set(title!, path);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description.length, `${path}: meta description`).toBeGreaterThan(40);
    expect(html, `${path}: canonical`).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replace(/\//g, '\\/')}"`));
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
      expect(html, `${path}: ${property}`).toContain(`property="${property}"`);
    expect(html, `${path}: favicon`).toContain('rel="icon"');
    expect(html, `${path}: lang`).toContain('<html lang="en"');
  }
});

test('the sitemap lists every page, and robots.txt points to it', () => {
  expect(existsSync('dist/sitemap-index.xml')).toBe(true);
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const path of pages) expect(sitemap, `sitemap lists ${path}`).toContain(`${path}</loc>`);
  const robots = readFileSync('dist/robots.txt', 'utf8');
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test('the footer names both licences', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/',
  );
  await expect(footer.getByRole('link', { name: 'MIT licence' })).toBeVisible();
});

test('no page runs words into its links (Astro drops the line break between text and an inline tag)', () => {
  const joined: string[] = [];
  for (const path of pages) {
    const body = pageHtml(path).replace(/<(script|style|pre)[\s\S]*?<\/\1>/g, '');
    for (const m of body.matchAll(/[A-Za-z,;:]<(a|strong|em|button) [^>]*>([^<]{0,30})/g))
      joined.push(`${path}: …${m[0].slice(0, 1)}|${m[2]}`);
  }
  expect(joined).toEqual([]);
});
