import { z } from 'astro/zod';
import { BondSchema, IdSchema, text } from './common.ts';

/** A lesson's frontmatter; the body is MDX. */
export const LessonSchema = z.object({
  /** The lesson's title. */
  title: text(100),
  /** One sentence for search results and link previews. */
  description: text(200),
  /** Id of its module; must match the folder the file is in. */
  module: IdSchema,
  /** Position in the module, from 1; lesson N pairs with the partner module's lesson N. */
  order: z.number().int().min(1),
  /** Estimated minutes to read and do. */
  minutes: z.number().int().min(1).max(120),
  /** What the learner will be able to do, each starting with a verb. */
  objectives: z.array(text(200)).min(1, 'needs at least one objective'),
  /** Terms the lesson introduces. */
  keyTerms: z.array(text(60)).default([]),
  /** Common bonds it serves, when narrower than its module's. */
  bonds: z.array(BondSchema).optional(),
  /** What the partner module's matching lesson shows about the same problem. */
  bridge: text(900),
});

export type LessonInput = z.input<typeof LessonSchema>;
export type LessonData = z.output<typeof LessonSchema>;
