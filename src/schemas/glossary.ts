import { z } from 'astro/zod';
import { text } from './common.ts';

/** Which profession a term belongs to; `both` for words the two share (with different meanings, often). */
export const TermKindSchema = z.enum(['marketing', 'systems', 'both']);
export type TermKind = z.output<typeof TermKindSchema>;

/** Lesson id: "module-id/lesson-slug". */
export const LessonRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "module-id/lesson-slug", e.g. "how-systems-talk/urls-and-json"');

// YAML reads bare null, true, false, yes, no and numbers as values, not words; name that in the error.
const termId = z
  .string({
    error: (issue) =>
      issue.input === undefined ? undefined : `is ${String(issue.input)}, not an id; put it in quotes, e.g. "${String(issue.input)}"`,
  })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "event-pipeline"');

/** A glossary term, one per file: content/glossary/<id>.yaml, where the file name is the term's id. */
export const GlossaryTermSchema = z
  .object({
    /** The term as it is displayed, e.g. "Event pipeline". */
    term: text(80),
    /** `marketing`, `systems` or `both`. */
    kind: TermKindSchema,
    /** What it means in plain words, one to three sentences; inline Markdown (**bold**, `code`, links) allowed. */
    definition: text(700),
    /** Other names for the same thing; each is searchable and must not belong to another term. */
    synonyms: z
      .array(text(80))
      .default([])
      .refine((list) => new Set(list.map((s) => s.toLowerCase())).size === list.length, 'must not repeat a synonym'),
    /** Ids of related terms; at least one should cross to the other profession. */
    seeAlso: z
      .array(termId)
      .default([])
      .refine((list) => new Set(list).size === list.length, 'must not repeat a term'),
    /** Track years where the term is taught. */
    years: z.array(z.number().int().min(1)).default([]),
    /** Elective pairs where it is taught (ids in content/electives/); a term names at least one year or elective. */
    electives: z.array(termId).default([]),
    /** Lessons that teach it, as "module-id/lesson-slug". */
    lessons: z.array(LessonRefSchema).default([]),
  })
  .refine((term) => term.years.length + term.electives.length > 0, {
    message: 'must name at least one year (or, for a term an elective teaches, list it under "electives")',
    path: ['years'],
  });

export type GlossaryTermInput = z.input<typeof GlossaryTermSchema>;
export type GlossaryTermData = z.output<typeof GlossaryTermSchema>;
