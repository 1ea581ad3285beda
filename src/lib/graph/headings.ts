// Heading anchors of a Markdown/MDX body, computed the way Astro's Markdown processor (Sätteri, with
// github-slugger) computes them, without rendering the page. The build's link checker verifies the
// result against the real pages (tests: npm run links).
import GithubSlugger from 'github-slugger';
import { scanFences } from './fences.ts';
import { plainText } from '../markdown.ts';

/** anchor → heading text, for every ATX heading outside fenced code. */
export function headingAnchors(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string>();
  for (const { line, inFence } of scanFences(body)) {
    if (inFence) continue;
    const h = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = plainText(h[1]!);
    anchors.set(slugger.slug(text), text);
  }
  return anchors;
}
