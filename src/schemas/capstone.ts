import { z } from 'astro/zod';
import { BondsSchema, IdSchema, text } from './common.ts';

/** One row of a grading rubric. */
export const RubricRowSchema = z.object({
  /** What is judged. */
  criterion: text(100),
  /** Share of the grade, in percent. */
  weight: z.number().int().min(1).max(100),
  /** What excellent work shows. */
  excellent: text(500),
  /** What proficient work shows. */
  proficient: text(500),
  /** What developing work shows. */
  developing: text(500),
});

/** What a capstone and a pair project share: the brief and steps in the MDX body, deliverables and rubric as data. */
const projectFields = {
  /** The project's title. */
  title: text(120),
  /** What the project is, in one or two sentences. */
  summary: text(300),
  /** Study hours. */
  hours: z.number().positive().max(200),
  /** The common bonds it serves. */
  bonds: BondsSchema,
  /** What the student hands in. */
  deliverables: z.array(text(400)).min(1, 'needs at least one deliverable'),
  /** How it is graded; weights add up to 100. */
  rubric: z
    .array(RubricRowSchema)
    .min(1, 'needs at least one criterion')
    .refine((rows) => rows.reduce((sum, row) => sum + row.weight, 0) === 100, 'weights must add up to 100'),
};

/** A track's capstone project (content/capstones/<id>.mdx). */
export const CapstoneSchema = z.object({
  ...projectFields,
  /** Id of its track. */
  track: IdSchema,
});

/** An elective pair's project (content/projects/<id>.mdx): smaller than a capstone, and it needs both modules. */
export const ProjectSchema = z.object({
  ...projectFields,
  /** Id of its elective pair (content/electives/<id>.yaml). */
  elective: IdSchema,
});

export type CapstoneInput = z.input<typeof CapstoneSchema>;
export type CapstoneData = z.output<typeof CapstoneSchema>;
export type ProjectData = z.output<typeof ProjectSchema>;
