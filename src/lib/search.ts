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
