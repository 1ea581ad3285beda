// Content entries as the loaders give them, and the small readers every part of the curriculum graph
// shares: a schema parse that turns each failure into one "file: field … message" problem line, and
// the names a file's path gives (its base name, its folder). Pure; used at build time and in tests.
import type { z } from 'astro/zod';
import { stripFences } from './fences.ts';

/** An entry as a content loader gives it: data not yet trusted. */
export interface RawEntry {
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  data: unknown;
  body?: string;
}

/** A file's name without folder or extension: "content/lessons/m/one.mdx" → "one". */
export const baseName = (path: string) =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');

/** The folder a file is in: "content/lessons/m/one.mdx" → "m". */
export const folderName = (path: string) => path.replace(/\\/g, '/').split('/').slice(-2, -1)[0] ?? '';

/** A zod issue path as an author reads it: ["weeks", 1, "modules"] → "weeks[1].modules"; `whole` when the path is empty. */
export function fieldName(path: readonly PropertyKey[], whole = '(frontmatter)'): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || whole;
}

/** Parses each entry with its schema; a failure becomes one problem line per field. */
export function parseAll<T>(entries: RawEntry[], schema: z.ZodType<T>, problems: string[]) {
  const parsed: { entry: RawEntry; data: T }[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.push({ entry, data: result.data });
    else for (const issue of result.error.issues) problems.push(`${entry.filePath}: field "${fieldName(issue.path)}" ${issue.message}`);
  }
  return parsed;
}

/** The body without fenced code blocks or inline code, whose URLs and tags are examples, not content. */
export function withoutCode(body: string): string {
  return stripFences(body).replace(/`[^`\n]*`/g, '');
}
