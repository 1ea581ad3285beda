// The daily review: spaced repetition over every question a learner has answered, scheduled by FSRS
// through the maintained ts-fsrs package (no home-made scheduler). Pure: the clock is passed in, and the
// stored shape of a question's schedule (ReviewCard) lives with the rest of the learner store in progress.ts.
//
// The rating rule (ratingFor), and why:
//   - wrong, or not fully right (partial credit is not recall) ........................... Again
//   - right, but the answer key was opened before checking: the learner read the answer,
//     so nothing was retrieved ............................................................. Again
//   - right after opening the exercise's hint: recalled with help ............................ Hard
//   - right, first try, alone on screen (a quick check or a review) and within the type's
//     quick time (EASY_WITHIN_SECONDS): recall was fluent ..................................... Easy
//   - right otherwise (including every module-quiz answer: a page of questions checked at
//     once gives no time per question, so Easy is never guessed there) ........................ Good
// Only a question's first check on a page schedules it: a retry comes right after the answer was shown.
// A question left unanswered in a quiz or quick check is not scheduled (nothing was tried); in the
// review, where the learner was asked, an empty answer is Again.
//
// Why these FSRS settings: the default weights (no per-learner optimisation: a learner has too few
// reviews for it); learning and relearning steps of one day instead of a flashcard app's 1 and 10
// minutes, because a course is revisited in days: a wrong answer comes back the next day, and a right
// one graduates at once to FSRS's own interval; no fuzz, so a schedule is reproducible.
// "Due today" means due before the learner's next local midnight, so a question answered at 18:00 is
// due on the morning of its day, not at 18:00.
import { createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { Question } from '../schemas/quiz.ts';
import type { Curriculum } from './graph/curriculum.ts';
import type { Progress, ReviewCard } from './progress.ts';
import { assertNever, hashString, type QuestionType } from './quiz.ts';

// What is due, and how well things are retained, live apart (review-due.ts) so that pages showing
// counts (home, module pages, My learning) do not load the scheduler.
export * from './review-due.ts';

/** FSRS ratings as the store keeps them: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs's Rating numbers). */
export const AGAIN = 1;
export const HARD = 2;
export const GOOD = 3;
export const EASY = 4;
export type ReviewRating = 1 | 2 | 3 | 4;

/**
 * Seconds within which a right first answer counts as fluent (Easy), by type: reading two options
 * takes less than ordering five steps. Exercises are never Easy: writing a query is work whatever its pace.
 */
export const EASY_WITHIN_SECONDS: Record<QuestionType, number | null> = {
  truefalse: 8,
  single: 12,
  code: 20,
  multiple: 18,
  numeric: 20,
  short: 15,
  ordering: 25,
  matching: 30,
  exercise: null,
};

/** What the page saw of one answer. */
export interface AnswerEvidence {
  type: QuestionType;
  correct: boolean;
  /** The answer key ("Show the answer") was opened before checking. */
  revealedAnswer: boolean;
  /** A hint (an exercise's "Show a hint") was opened before checking. */
  usedHint: boolean;
  /** Seconds from first engaging with the question to checking it; null when several questions were checked at once. */
  seconds: number | null;
}

/** The FSRS rating of one answer (the rule is at the top of this file). */
export function ratingFor(e: AnswerEvidence): ReviewRating {
  if (!e.correct || e.revealedAnswer) return AGAIN;
  if (e.usedHint) return HARD;
  const quick = EASY_WITHIN_SECONDS[e.type];
  if (e.seconds !== null && quick !== null && e.seconds <= quick) return EASY;
  return GOOD;
}

/** The fields that decide a question's right answer, by type: what a stored answer's meaning depends on. */
function answerFields(q: Question): unknown {
  switch (q.type) {
    case 'single':
    case 'multiple':
      // Answers are stored as authored option indexes, so order and correctness both matter.
      return q.options.map((o) => [o.text, o.correct]);
    case 'code':
      return [q.code.source, q.options.map((o) => [o.text, o.correct])];
    case 'truefalse':
      return q.answer;
    case 'numeric':
      return [q.answer, q.tolerance];
    case 'short':
      return q.accepted;
    case 'ordering':
      return q.items;
    case 'matching':
      return q.pairs.map((p) => [p.left, p.right]);
    case 'exercise':
      return [q.language, q.solution, q.ordered];
    default:
      return assertNever(q);
  }
}

/**
 * A short hash of what makes a question's answer right (not its wording or explanation): when it
 * changes, a schedule built on the old answer is reset. Eight hex digits of FNV-1a; the same in Node at
 * build time and in the browser.
 */
export function contentHash(q: Question): string {
  return hashString(JSON.stringify([q.type, answerFields(q)]))
    .toString(16)
    .padStart(8, '0');
}

// ---- scheduling (ts-fsrs) ----
const schedulers = new Map<number, FSRS>();
function scheduler(retention: number): FSRS {
  let s = schedulers.get(retention);
  if (!s)
    schedulers.set(
      retention,
      (s = fsrs({
        request_retention: retention,
        enable_short_term: true,
        learning_steps: ['1d'],
        relearning_steps: ['1d'],
        enable_fuzz: false,
      })),
    );
  return s;
}

function toCard(r: ReviewCard): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: 0,
    scheduled_days: r.scheduled,
    learning_steps: r.step,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(r.state !== 0 && { last_review: new Date(r.last) }),
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function fromCard(c: Card, rating: ReviewRating | 0, hash: string, at: Date): ReviewCard {
  return {
    due: c.due.toISOString(),
    last: (c.last_review ?? at).toISOString(),
    stability: round(c.stability),
    difficulty: round(c.difficulty),
    scheduled: c.scheduled_days,
    step: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as ReviewCard['state'],
    rating,
    hash,
  };
}

/** A question's schedule after this answer. A schedule made for other content (its hash differs) starts again from new. */
export function schedule(previous: ReviewCard | undefined, rating: ReviewRating, now: Date, hash: string, retention = 0.9): ReviewCard {
  const card = previous && previous.hash === hash ? toCard(previous) : createEmptyCard(now);
  const { card: next } = scheduler(retention).next(card, now, rating as Grade);
  return fromCard(next, rating, hash, now);
}

/** A schedule started again: the question is new and due now, to be answered afresh. */
export function resetCard(hash: string, now: Date): ReviewCard {
  return fromCard(createEmptyCard(now), 0, hash, now);
}

/**
 * Reviews whose question changed since it was answered (reset, with the current hash) and reviews of
 * questions the curriculum no longer has (to forget). `current` maps every question id to its hash.
 */
export function reconcile(
  reviews: Progress['reviews'],
  current: Record<string, string>,
  now: Date,
): { reset: Record<string, ReviewCard>; gone: string[] } {
  const reset: Record<string, ReviewCard> = {};
  const gone: string[] = [];
  for (const [id, card] of Object.entries(reviews)) {
    const hash = current[id];
    if (hash === undefined) gone.push(id);
    else if (hash !== card.hash) reset[id] = resetCard(hash, now);
  }
  return { reset, gone };
}

/** What /review/ embeds: each question's module and content hash, and the modules' titles. */
export interface ReviewIndex {
  /** Module ids and titles; questions name a module by its place here. */
  modules: [id: string, title: string][];
  /** Question id → [module place, content hash]. */
  questions: Record<string, [module: number, hash: string]>;
}

/** Built at build time from the curriculum graph for /review/. */
export function reviewIndex(curriculum: Curriculum): ReviewIndex {
  const modules = [...curriculum.modules.values()];
  const place = new Map(modules.map((m, i) => [m.id, i]));
  const questions: ReviewIndex['questions'] = {};
  for (const [id, placed] of curriculum.questions) questions[id] = [place.get(placed.module.id)!, contentHash(placed.question)];
  return { modules: modules.map((m) => [m.id, m.data.title]), questions };
}

/** One question as /review/ reads it from /review/q/<module>.json. */
export interface ReviewFragment {
  /** The <li class="question"> rendered by the quiz's Question component, which the quiz element upgrades. */
  html: string;
  /** The question as the quiz element scores it (its answer key). */
  question: Question;
  hash: string;
}
