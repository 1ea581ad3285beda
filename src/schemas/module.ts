import { z } from 'astro/zod';
import { BondsSchema, IdSchema, text } from './common.ts';

/** Marketing or systems: every module is one, and its partner is the other. */
export const ModuleKindSchema = z.enum(['marketing', 'systems']);
export type ModuleKind = z.output<typeof ModuleKindSchema>;

/** How much the module assumes. */
export const LevelSchema = z.enum(['foundation', 'intermediate', 'advanced']);
export type Level = z.output<typeof LevelSchema>;

/** What an instructor needs to teach the module. */
export const InstructorNotesSchema = z.object({
  /** What the module is for and where students struggle. */
  overview: text(1200),
  /** A suggested assignment, with its deliverable. */
  assignment: text(1500),
  /** Prompts for class discussion. */
  discussion: z.array(text(400)).min(2, 'needs at least two discussion prompts'),
  /** How to teach it beside its partner module. */
  pairing: text(800),
});

/** A module: a marketing or systems course unit of four lessons. */
export const ModuleSchema = z.object({
  /** The module's title. */
  title: text(100),
  /** `marketing` or `systems`. */
  kind: ModuleKindSchema,
  /** Id of its track in content/tracks/; a module of an elective pair names `elective` instead. */
  track: IdSchema.optional(),
  /** Id of its elective pair in content/electives/, for a module outside the core years. */
  elective: IdSchema.optional(),
  /** The order of its pair within the track, from 1 (1 in an elective); both partners share it. */
  order: z.number().int().min(1),
  /** Id of its partner module, of the other kind. */
  partner: IdSchema,
  /** What the module covers, in one or two sentences. */
  summary: text(300),
  /** What a learner can do after it, each starting with a verb. */
  outcomes: z.array(text(300)).min(3, 'needs at least three outcomes'),
  /** Study hours, lessons and assignment included. */
  hours: z.number().positive().max(200),
  /** Foundation, intermediate or advanced. */
  level: LevelSchema,
  /** The common bonds it serves. */
  bonds: BondsSchema,
  /** Notes for instructors. */
  instructorNotes: InstructorNotesSchema,
});

export type ModuleInput = z.input<typeof ModuleSchema>;
export type ModuleData = z.output<typeof ModuleSchema>;
