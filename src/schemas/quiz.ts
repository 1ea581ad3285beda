import { z } from 'astro/zod';
import { IdSchema, text } from './common.ts';

/** Markdown text (inline code, bold, italics, links) as authors write it in quiz files. */
const md = (max: number) => text(max);

/** "lesson-slug#anchor" in the quiz's module, or "module-id/lesson-slug#anchor" elsewhere. */
export const TeachesSchema = z
  .string()
  .regex(/^(?:[a-z0-9-]+\/)?[a-z0-9-]+#[\w-]+$/, 'must be "lesson-slug#heading-anchor" (or "module-id/lesson-slug#heading-anchor")');

const base = {
  /** Unique across the whole curriculum, e.g. "hst-status-404". */
  id: IdSchema,
  /** The question, in Markdown. */
  stem: md(600),
  /** Why the answer is right, in Markdown; shown after checking. */
  explanation: md(1200),
  /** The lesson section that teaches it: "lesson-slug#anchor" or "module-id/lesson-slug#anchor". */
  teaches: TeachesSchema,
  /** A quick check: the slug of the lesson that embeds it with <QuickCheck id="…" />. Absent in the module quiz. */
  lesson: IdSchema.optional(),
};

/** An answer option; `feedback` is shown when the learner picks it (or, if correct, misses it). */
export const OptionSchema = z.object({
  /** The option, in Markdown. */
  text: md(300),
  /** Whether it is (one of) the right answer(s). */
  correct: z.boolean().default(false),
  /** Feedback for this option, in Markdown. */
  feedback: md(500).optional(),
});

/** A code snippet shown with the stem, highlighted by Shiki. */
export const SnippetSchema = z.object({
  /** Shiki language id, e.g. "sql", "ts", "html". */
  lang: z.string().min(1),
  /** The code. */
  source: z.string().min(1, 'must not be empty'),
});

const options = z.array(OptionSchema).min(2, 'needs at least two options');
const correctCount = (opts: { correct: boolean }[]) => opts.filter((o) => o.correct).length;

export const SingleSchema = z.object({ ...base, type: z.literal('single'), options, code: SnippetSchema.optional() });
export const MultipleSchema = z.object({ ...base, type: z.literal('multiple'), options, code: SnippetSchema.optional() });
export const TrueFalseSchema = z.object({
  ...base,
  type: z.literal('truefalse'),
  /** The right answer. */ answer: z.boolean(),
  code: SnippetSchema.optional(),
});
export const NumericSchema = z.object({
  ...base,
  type: z.literal('numeric'),
  /** The right value. */
  answer: z.number(),
  /** How far from it still counts as right (≥ 0). */
  tolerance: z.number().min(0, 'must be 0 or more').default(0),
  /** Unit shown beside the input, e.g. "%" or "USD". */
  unit: z.string().max(20).optional(),
  code: SnippetSchema.optional(),
});
export const ShortSchema = z.object({
  ...base,
  type: z.literal('short'),
  /** Accepted answers; compared ignoring case and extra spaces. */
  accepted: z.array(text(120)).min(1, 'needs at least one accepted answer'),
  code: SnippetSchema.optional(),
});
export const OrderingSchema = z.object({
  ...base,
  type: z.literal('ordering'),
  /** The steps in their right order; shown shuffled. */
  items: z.array(md(200)).min(3, 'needs at least 3 items'),
});
export const MatchingSchema = z.object({
  ...base,
  type: z.literal('matching'),
  /** Each left item with its right partner; the right sides are shown shuffled. */
  pairs: z.array(z.object({ left: md(200), right: md(200) })).min(3, 'needs at least 3 pairs'),
});
/**
 * A code exercise: the learner writes code, which runs in the browser; it is right when its result matches
 * the reference solution's on the sample dataset (see src/lib/runner/results.ts for what "matches" means).
 */
export const ExerciseSchema = z.object({
  ...base,
  type: z.literal('exercise'),
  /** The language the learner writes: SQL, run on the sample dataset (/dataset/). */
  language: z.literal('sql', { message: 'must be "sql", the language exercises can check' }),
  /** What the editor starts with: a skeleton or a comment, or nothing. */
  starter: z.string().max(2000).default(''),
  /** The reference solution; shown with the answer, and run to check the learner's result. */
  solution: z.string().min(1, 'must not be empty').max(2000),
  /** Whether row order counts (only when the exercise asks for ORDER BY). */
  ordered: z.boolean().default(false),
  /** A nudge shown on request, in Markdown. */
  hint: md(500).optional(),
});
export const CodeSchema = z.object({ ...base, type: z.literal('code'), /** The snippet to read. */ code: SnippetSchema, options });

/** One question, of any type. */
export const QuestionSchema = z
  .discriminatedUnion('type', [
    SingleSchema,
    MultipleSchema,
    TrueFalseSchema,
    NumericSchema,
    ShortSchema,
    OrderingSchema,
    MatchingSchema,
    CodeSchema,
    ExerciseSchema,
  ])
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'code') {
      const n = correctCount(q.options);
      if (n !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `must have exactly one correct option (has ${n})` });
    }
    if (q.type === 'multiple' && correctCount(q.options) < 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'must have at least one correct option' });
    if (q.type === 'ordering' && new Set(q.items).size !== q.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'must not repeat an item' });
    if (q.type === 'matching') {
      if (new Set(q.pairs.map((p) => p.left)).size !== q.pairs.length)
        ctx.addIssue({ code: 'custom', path: ['pairs'], message: 'left sides must be unique' });
      if (new Set(q.pairs.map((p) => p.right)).size !== q.pairs.length)
        ctx.addIssue({ code: 'custom', path: ['pairs'], message: 'right sides must be unique' });
    }
  });

/** A module's quiz file: the module quiz, and the quick checks its lessons embed. */
export const QuizFileSchema = z.object({
  /** Shown as the quiz page's title; defaults to "<module title>: module quiz". */
  title: text(120).optional(),
  /** Percent needed to pass. */
  passMark: z.number().min(1).max(100).default(70),
  /** Score multiple select and matching by the share right, instead of all-or-nothing. */
  partialCredit: z.boolean().default(false),
  /** The module quiz. */
  questions: z.array(QuestionSchema).default([]),
  /** Quick checks, each with `lesson` naming the lesson that embeds it. */
  checks: z.array(QuestionSchema).default([]),
});

export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuizFileData = z.output<typeof QuizFileSchema>;
export type QuizFileInput = z.input<typeof QuizFileSchema>;
export type QuestionType = Question['type'];
