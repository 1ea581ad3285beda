// A small, safe Markdown renderer for quiz text: inline code, bold, italics and links, and
// paragraphs for longer text. Everything else is escaped, so quiz files can never inject HTML.
import { withBase } from './paths.ts';

/** JSON to put inside a <script type="application/json"> element: no "<", so it cannot close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function safeUrl(url: string, base: string): string | null {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return withBase(base, url);
  if (url.startsWith('#')) return url;
  return null;
}

/** Inline Markdown to HTML (no block elements), safe to put inside a <legend> or <label>. */
export function renderInline(source: string, base = '/'): string {
  // Code spans first, so their contents are not read as emphasis or links.
  const codes: string[] = [];
  let text = source.replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  text = escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) => {
      const href = safeUrl(url.replace(/&amp;/g, '&'), base);
      return href ? `<a href="${escapeHtml(href)}">${label}</a>` : whole;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)]!);
}

/** Markdown with paragraphs (blank-line separated) to HTML. */
export function renderBlock(source: string, base = '/'): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((para) => `<p>${renderInline(para.replace(/\s*\n\s*/g, ' '), base)}</p>`)
    .join('');
}

/** Plain text of inline Markdown, for labels and attributes. */
export function plainText(source: string): string {
  return source
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s][^_]*?)_(?!\w)/g, '$1$2');
}
