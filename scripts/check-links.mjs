// Checks every internal link and #fragment in a built site, offline, with linkinator (a maintained
// checker): it serves the folder on localhost, crawls from the home page and follows every page.
// External links are not fetched; they are listed in reports/external-links.txt for a person to review.
// Usage: node scripts/check-links.mjs [dist] — with CONVERGE_BASE=/sub/ for a site built under a base path.
import { LinkChecker, LinkState } from 'linkinator';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { decodeAssignment } from '../src/lib/assignment/assignment.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const base = (process.env.CONVERGE_BASE ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

// Under a base path the site must be served at /base/: a temporary root with a link to the folder.
let root = dir;
let start = dir;
let cleanup = () => {};
if (base !== '/') {
  root = mkdtempSync(join(tmpdir(), 'converge-links-'));
  const mount = join(root, ...base.split('/').filter(Boolean));
  mkdirSync(resolve(mount, '..'), { recursive: true });
  symlinkSync(dir, mount, 'dir');
  start = mount;
  cleanup = () => rmSync(root, { recursive: true, force: true });
}

// The configured site's own absolute URLs (canonical, Open Graph, sitemap) are checked too, against
// the local copy: they are rewritten to the checker's server.
const port = Number(process.env.LINKS_PORT ?? 4399);
const site = (process.env.CONVERGE_SITE ?? 'http://localhost:4321').replace(/\/$/, '');
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const external = new Set();
const broken = [];
const checker = new LinkChecker();
checker.on('link', (result) => {
  if (result.state === LinkState.BROKEN)
    broken.push(
      `${result.status ?? ''} ${result.url}  (on ${result.parent ?? '?'})${result.failureDetails?.length ? ` ${result.failureDetails.map((d) => d.message ?? `HTTP ${d.status}`).join('; ')}` : ''}`,
    );
});

const result = await checker.check({
  // linkinator reads `path` relative to `serverRoot`.
  path: relative(root, start) || '.',
  serverRoot: root,
  recurse: true,
  checkFragments: true,
  // An assignment link carries the assignment in its #fragment (read by the page's script, no element
  // has that id): such a fragment passes when it decodes, so a broken link on a course page still fails.
  fragmentsToSkip: (fragment, url) =>
    /\/(assignment|teach\/syllabus)\/$/.test(new URL(url).pathname) && decodeAssignment(fragment.replace(/^#/, '')).ok,
  concurrency: 16,
  port,
  urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRe(site)}`), replacement: `http://localhost:${port}` }],
  // Only this site's pages are crawled; anything else is listed, not fetched.
  linksToSkip: async (link) => {
    const url = new URL(link);
    const local = (['localhost', '127.0.0.1'].includes(url.hostname) && url.port === String(port)) || url.href.startsWith(site);
    if (!local) external.add(link);
    return !local;
  },
});
cleanup();

mkdirSync('reports', { recursive: true });
writeFileSync('reports/external-links.txt', [...external].sort().join('\n') + '\n');
const pages = new Set(result.links.filter((l) => l.state === LinkState.OK && l.url.endsWith('/')).map((l) => l.url)).size;
console.log(
  `links: ${result.links.length} checked across ${pages} pages under ${base}; ${external.size} external links listed in reports/external-links.txt`,
);
if (broken.length) {
  console.error(`links: ${broken.length} broken:\n${broken.join('\n')}`);
  process.exitCode = 1;
} else console.log('links: 0 broken');
