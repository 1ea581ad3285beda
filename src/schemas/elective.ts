import { z } from 'astro/zod';
import { IdSchema, text } from './common.ts';

/**
 * An elective pair (content/electives/<id>.yaml): one marketing and one systems module, partners as in
 * a core year, taken after the core track it builds on, and finished with a pair project
 * (content/projects/<id>.mdx) instead of a capstone. Its modules name it in their `elective` field.
 */
export const ElectiveSchema = z.object({
  /** Its short code in the blueprint, e.g. "E1". */
  code: z.string().regex(/^E[1-9][0-9]?$/, 'must be "E" and a number, e.g. "E1"'),
  /** The pair's name, e.g. "AI at Work". */
  title: text(80),
  /** One or two sentences on what the pair studies from both sides. */
  summary: text(400),
  /** Id of the core track it builds on (content/tracks/<id>.yaml): take it after that year. */
  prerequisite: IdSchema,
});

export type ElectiveInput = z.input<typeof ElectiveSchema>;
export type ElectiveData = z.output<typeof ElectiveSchema>;
