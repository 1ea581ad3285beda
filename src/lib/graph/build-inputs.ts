// What the graph is told about the site besides its content, computed the same way by the build
// (site.ts) and by Node scripts and tests (scripts/lib/read-content.ts): the languages a code fence
// may name, and the routes of the pages that take no parameters. Pure; Node-safe.
import { bundledLanguages } from 'shiki';

/** Plain text, and the names Shiki knows: a fenced block in any other language fails the build. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set(['text', 'plaintext', 'txt', ...Object.keys(bundledLanguages)]);

/**
 * Routes of the page files that take no parameters, e.g. "src/pages/curriculum.astro" → "/curriculum/"
 * (with or without a leading slash on the file path, as import.meta.glob and the file system give them).
 */
export function staticRoutes(pageFiles: Iterable<string>): string[] {
  return [...pageFiles]
    .filter((file) => !file.includes('['))
    .map((file) =>
      file
        .replace(/^\/?src\/pages/, '')
        .replace(/(index)?\.astro$/, '')
        .replace(/([^/])$/, '$1/'),
    );
}
