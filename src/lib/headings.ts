// Heading anchors of a Markdown/MDX body, computed the way Astro's Markdown processor (Sätteri, with
// github-slugger) computes them, without rendering the page. The build's link checker verifies the
// result against the real pages (tests: npm run links).
import GithubSlugger from 'github-slugger';
import { plainText } from './markdown.ts';

/** anchor → heading text, for every ATX heading outside fenced code. */
export function headingAnchors(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const anchors = new Map<string, string>();
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence[0]!) && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = plainText(h[1]!);
    anchors.set(slugger.slug(text), text);
  }
  return anchors;
}
