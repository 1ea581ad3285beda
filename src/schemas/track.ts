import { z } from 'astro/zod';
import { IdSchema, text } from './common.ts';

/** A pair's place and name within its track; its modules say which pair they belong to by `order`. */
export const PairInfoSchema = z.object({
  /** Position of the pair in the track, from 1. */
  order: z.number().int().min(1),
  /** The pair's name, e.g. "Messages & Protocols". */
  title: text(80),
  /** One sentence on what the pair studies from both sides. */
  summary: text(300),
});

/** A track: one year of the program, three pairs and a capstone. */
export const TrackSchema = z.object({
  /** Year of the program (1–4 in the blueprint; a school may add more). */
  year: z.number().int().min(1),
  /** The track's title, e.g. "Foundations: the marketer who reads code". */
  title: text(100),
  /** What the year is for, in one or two sentences. */
  summary: text(400),
  /** Id of the capstone in content/capstones/. */
  capstone: IdSchema,
  /** The pairs' names, by order. */
  pairs: z.array(PairInfoSchema).min(1, 'must list the track’s pairs'),
});

export type TrackInput = z.input<typeof TrackSchema>;
export type TrackData = z.output<typeof TrackSchema>;
export type PairInfo = z.output<typeof PairInfoSchema>;
