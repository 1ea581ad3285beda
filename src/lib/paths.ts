// Pure, no import.meta: runs anywhere, including Node scripts and tests that pass the base explicitly
// (check-links, the cartridge writer). Pages use href.ts, which supplies the configured base.
/** Joins a base ("/" or "/sub/") and a site-absolute path; other links are returned as they are. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.replace(/\/+$/, '');
  if (!trimmed || path === trimmed || path.startsWith(`${trimmed}/`)) return path;
  return `${trimmed}${path}`;
}
