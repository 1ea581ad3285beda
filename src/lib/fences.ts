// Fenced code blocks in Markdown/MDX source, found one way for every reader of the source:
// word counts, link and language checks, heading anchors.

/** A fenced block, opening to closing fence (indented fences too, as inside list items). */
const FENCED_BLOCK = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;

/** The source without its fenced code blocks. */
export const stripFences = (source: string) => source.replace(FENCED_BLOCK, '');

/**
 * Every line with whether it belongs to a fenced block (fence lines included) and, on an opening
 * fence, the block's language ('' when none). A closing fence repeats the opening character at least
 * as many times and carries no info string.
 */
export function* scanFences(source: string): Generator<{ line: string; inFence: boolean; opensLang?: string }> {
  let open: string | null = null;
  for (const line of source.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (m && open === null) {
      open = m[1]!;
      yield { line, inFence: true, opensLang: m[2] ?? '' };
    } else if (m && open !== null && m[1]!.startsWith(open[0]!) && m[1]!.length >= open.length && !m[2]) {
      open = null;
      yield { line, inFence: true };
    } else yield { line, inFence: open !== null };
  }
}
