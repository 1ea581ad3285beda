import { z } from 'astro/zod';
import { IdSchema, text } from './common.ts';

const isDay = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A calendar date, YYYY-MM-DD (YAML may hand it over as a date; it is read back as the same day). */
export const DaySchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string('must be a date written YYYY-MM-DD, e.g. 2027-01-18').refine(isDay, 'must be a date written YYYY-MM-DD, e.g. 2027-01-18'),
);

/** One week of a course's schedule. */
export const CourseWeekSchema = z.object({
  /** The week's number, from 1; weeks are listed in order. */
  week: z.number().int().min(1),
  /** What the week is about, in a few words. */
  topic: text(100).optional(),
  /** Ids of the modules studied this week (content/modules/<id>.yaml). */
  modules: z.array(IdSchema).default([]),
  /** Ids of capstones worked on this week (content/capstones/<id>.mdx). */
  capstones: z.array(IdSchema).default([]),
  /** When the week's work is due, YYYY-MM-DD. */
  due: DaySchema,
  /** What students do this week beyond the lessons, in plain text. */
  notes: text(600).optional(),
});

/** A course: an institution's schedule of Converge modules for one term (content/courses/<id>.yaml). */
export const CourseSchema = z.object({
  /** The course's title. */
  title: text(100),
  /** The term, e.g. "Spring 2027". */
  term: text(60),
  /** Who teaches it. */
  instructor: text(120),
  /** The school or programme, when it helps. */
  institution: text(120).optional(),
  /** What the course is, in one or two sentences. */
  summary: text(600),
  /** First day of week 1, YYYY-MM-DD. */
  start: DaySchema,
  /** Study hours a week students should plan for. */
  hoursPerWeek: z.number().int().min(1).max(60),
  /** A pass mark every module quiz must reach in this course, instead of the quiz's own. */
  passMark: z.number().int().min(1).max(100).optional(),
  /** The schedule, week by week. */
  weeks: z.array(CourseWeekSchema).min(1, 'must list at least one week'),
});

export type CourseInput = z.input<typeof CourseSchema>;
export type CourseData = z.output<typeof CourseSchema>;
export type CourseWeek = z.output<typeof CourseWeekSchema>;
