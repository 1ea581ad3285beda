// Turns Pagefind's result data into what the search panel shows. Pure; no DOM.
import { escapeHtml } from './markdown.ts';
import { TYPE_LABELS } from './facets.ts';

/** The parts of a Pagefind result that the panel reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchHit {
  title: string;
  url: string;
  /** "Year 1 › Module title", from the page's metadata. */
  breadcrumb: string;
  /** "Marketing", "Systems", or the page type for others. */
  kind: string;
  /** "Lesson", "Quiz", "Glossary term"…: what kind of page it is. */
  type: string;
  /** HTML with only <mark> kept. */
  excerpt: string;
  /** Sections of the page that match, linking to their headings. */
  sections: { title: string; url: string }[];
}

/** Escapes everything in an excerpt except Pagefind's <mark> highlights. */
export function safeExcerpt(excerpt: string): string {
  const plain = excerpt
    .replace(/<mark>/g, '\u0001')
    .replace(/<\/mark>/g, '\u0002')
    .replace(/<[^>]*>/g, '');
  const decoded = plain
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeHtml(decoded)
    .replace(/\u0001/g, '<mark>')
    .replace(/\u0002/g, '</mark>');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function toHit(data: PagefindData, maxSections = 3): SearchHit {
  const { meta } = data;
  const title = meta.title ?? data.url;
  const crumbs = [meta.track, meta.module].filter((c): c is string => Boolean(c) && c !== title);
  return {
    title,
    url: data.url,
    breadcrumb: crumbs.join(' › '),
    kind: capitalise(meta.kind ?? meta.type ?? 'page'),
    type: TYPE_LABELS[meta.type ?? ''] ?? capitalise(meta.type ?? 'page'),
    excerpt: safeExcerpt(data.excerpt),
    sections: (data.sub_results ?? [])
      .filter((s) => s.url !== data.url && s.title !== title)
      .slice(0, maxSections)
      .map((s) => ({ title: s.title, url: s.url })),
  };
}

/**
 * Words that carry no topic in a learner's question ("how do I …", "what is the …"). Pagefind
 * returns only pages that contain every word searched, so a question typed in full would match
 * almost nothing; the panel searches for the remaining words.
 */
const QUESTION_WORDS = new Set(
  (
    'a an the and or but if so of to for from in on at by with about into over as than then ' +
    'how what why when where who whom which whose is are was were be been being am do does did doing done ' +
    'i me my mine we us our ours you your yours it its they them their this that these those there here ' +
    'should shall can could would will may might must need needs get gets got make makes ' +
    'mean means meaning difference between vs versus one some any all just only really please'
  ).split(' '),
);

/** The words of a question worth searching for: question and filler words removed, unless nothing else is left. */
export function searchTerms(question: string): string {
  const words = question
    .toLowerCase()
    .replace(/[?!,;:“”"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !QUESTION_WORDS.has(w.replace(/'s$|’s$/, '')));
  return (kept.length ? kept : words).join(' ');
}

/** A result of one Pagefind search, as far as ranking needs it. */
export interface Scored<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * When a question's words never all appear on one page, the panel searches each word alone and
 * ranks pages by how many of the words they contain, then by their summed score. `exclude` holds
 * pages already found by the search for all the words, which stay first.
 */
export function rankByWords<T>(perWord: Scored<T>[][], exclude: ReadonlySet<string> = new Set()): T[] {
  const pages = new Map<string, { item: T; words: number; score: number; first: number }>();
  let order = 0;
  for (const results of perWord) {
    for (const r of results) {
      if (exclude.has(r.id)) continue;
      const page = pages.get(r.id) ?? { item: r.item, words: 0, score: 0, first: order++ };
      page.words += 1;
      page.score += r.score;
      pages.set(r.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first).map((p) => p.item);
}
