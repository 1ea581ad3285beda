// Fenced code blocks in Markdown/MDX source, found one way for every reader of the source:
// word counts, link and language checks, heading anchors, and the runnable samples the tests run.
import { parseRunMeta, type ChartSpec } from '../runner/chart.ts';

/** A fenced block, opening to closing fence (indented fences too, as inside list items). */
const FENCED_BLOCK = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;

/** The source without its fenced code blocks. */
export const stripFences = (source: string) => source.replace(FENCED_BLOCK, '');

/**
 * Every line with whether it belongs to a fenced block (fence lines included) and, on an opening
 * fence, the block's language ('' when none) and the rest of its info string (the "meta", e.g. "run").
 * A closing fence repeats the opening character at least as many times and carries no info string.
 */
export function* scanFences(
  source: string,
): Generator<{ line: string; inFence: boolean; opensLang?: string; opensMeta?: string; closes?: true }> {
  let open: string | null = null;
  for (const line of source.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(line);
    if (m && open === null) {
      open = m[1]!;
      yield { line, inFence: true, opensLang: m[2] ?? '', opensMeta: (m[3] ?? '').trim() };
    } else if (m && open !== null && m[1]!.startsWith(open[0]!) && m[1]!.length >= open.length && !m[2]) {
      open = null;
      yield { line, inFence: true, closes: true };
    } else yield { line, inFence: open !== null };
  }
}

/** Whether a fence's meta marks it runnable: the word "run" (```sql run). */
export const isRunMeta = (meta: string | undefined) => /(?:^|\s)run(?:\s|$)/.test(meta ?? '');

/** Every fenced block: language, meta, code, and the 1-based lines of its opening and closing fences. */
export function fencedBlocks(source: string): { lang: string; meta: string; code: string; line: number; endLine: number }[] {
  const out: { lang: string; meta: string; code: string; line: number; endLine: number }[] = [];
  let current: { lang: string; meta: string; lines: string[]; line: number } | null = null;
  let n = 0;
  for (const { line, opensLang, opensMeta, closes } of scanFences(source)) {
    n++;
    if (opensLang !== undefined) current = { lang: opensLang, meta: opensMeta ?? '', lines: [], line: n };
    else if (closes && current) {
      out.push({ lang: current.lang, meta: current.meta, code: current.lines.join('\n'), line: current.line, endLine: n });
      current = null;
    } else current?.lines.push(line);
  }
  return out;
}

/** A fenced block marked runnable (```sql run): its language, code and the 1-based line of the opening fence. */
export interface RunnableFence {
  lang: string;
  code: string;
  line: number;
  /** The chart declared after `run` (```sql run chart=bar x=channel y=visits), or null. */
  chart: ChartSpec | null;
  /** What is wrong with the options after `run`, if anything (the curriculum check reports them with file and line). */
  metaProblems: string[];
}

/** The fenced blocks marked runnable, in order. */
export function runnableFences(source: string): RunnableFence[] {
  return fencedBlocks(source)
    .filter((b) => isRunMeta(b.meta))
    .map(({ lang, code, line, meta }) => {
      const { chart, problems } = parseRunMeta(meta);
      return { lang, code, line, chart, metaProblems: problems };
    });
}
