import { stripFences } from './graph/fences.ts';

/** Strips what a reader does not read as prose: frontmatter, fenced code, import lines, JSX tags. */
export function proseText(source: string): string {
  return stripFences(source.replace(/^---\n[\s\S]*?\n---\n/, ''))
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#>*_`|[\]()-]/g, ' ');
}

/** Words of prose in an MDX lesson; the figure the 800–1,500 word rule is checked against. */
export function proseWordCount(source: string): number {
  return proseText(source)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
