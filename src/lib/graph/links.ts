// Links and code fences in a lesson's or capstone's body, as the curriculum graph checks them. Pure.
import { scanFences } from './fences.ts';
import { withoutCode } from './content-entries.ts';

/** Normalises an internal link to the route form the graph keeps: no query or fragment, trailing slash. */
export function routeOf(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  if (path === '') return '';
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** Internal (site-absolute) links in a Markdown/MDX body, from Markdown links and href attributes; code is skipped. */
export function internalLinks(source: string): string[] {
  const body = withoutCode(source);
  const links = new Set<string>();
  for (const m of body.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)) links.add(m[1]!);
  for (const m of body.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(m[1]!);
  return [...links].filter((href) => !href.startsWith('//'));
}

/** Languages of the fenced code blocks in a body. */
export function fenceLanguages(body: string): string[] {
  return [...scanFences(body)].flatMap(({ opensLang }) => (opensLang === undefined ? [] : [opensLang]));
}
