// What is due in the daily review and how well questions are retained, read from the learner store
// with the clock passed in. Apart from the scheduler (review.ts) so that the pages that only show
// counts (home, module pages, My learning) stay small: this needs only FSRS's forgetting curve.
import type { Progress, ReviewCard, ReviewSettings } from './progress.ts';
import { hashString } from './quiz.ts';

export const DEFAULT_SETTINGS: ReviewSettings = { retention: 0.9, dailyLimit: 20 };
export const RETENTION_RANGE = { min: 0.8, max: 0.95 } as const;
export const DAILY_LIMIT_RANGE = { min: 1, max: 200 } as const;

/** The learner's settings, with defaults for what is missing and values brought into range. */
export function reviewSettings(progress: Pick<Progress, 'reviewSettings'>): ReviewSettings {
  const s = { ...DEFAULT_SETTINGS, ...progress.reviewSettings };
  return {
    retention: Math.min(RETENTION_RANGE.max, Math.max(RETENTION_RANGE.min, Math.round(s.retention * 100) / 100)),
    dailyLimit: Math.min(DAILY_LIMIT_RANGE.max, Math.max(DAILY_LIMIT_RANGE.min, Math.round(s.dailyLimit))),
  };
}

/** The learner's next local midnight: anything due before it is due today. */
export function endOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** The learner's local date, YYYY-MM-DD (the daily limit's day). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const isDueToday = (card: ReviewCard, now: Date) => Date.parse(card.due) < endOfDay(now).getTime();

/** How many questions are due today, before the daily limit. */
export const dueCount = (reviews: Progress['reviews'], now: Date) => Object.values(reviews).filter((c) => isDueToday(c, now)).length;

/** Reviews already done today (they count against the daily limit). */
export function doneToday(progress: Pick<Progress, 'reviewDay'>, now: Date): number {
  return progress.reviewDay?.date === localDay(now) ? progress.reviewDay.done : 0;
}

/**
 * Today's review: the ids of due questions, oldest due first, at most what the daily limit leaves.
 * Questions due at the same moment (answered in one quiz) are interleaved by a hash of id and day, so a
 * session mixes modules, and the same day always gives the same order.
 */
export function todaysQueue(progress: Pick<Progress, 'reviews' | 'reviewSettings' | 'reviewDay'>, now: Date): string[] {
  const left = Math.max(0, reviewSettings(progress).dailyLimit - doneToday(progress, now));
  const day = localDay(now);
  return Object.entries(progress.reviews)
    .filter(([, c]) => isDueToday(c, now))
    .sort(([a, x], [b, y]) => Date.parse(x.due) - Date.parse(y.due) || hashString(`${a}:${day}`) - hashString(`${b}:${day}`))
    .slice(0, left)
    .map(([id]) => id);
}

/** When the next review falls after today's: the earliest due date among questions not due today. */
export function nextDue(reviews: Progress['reviews'], now: Date): Date | undefined {
  const later = Object.values(reviews)
    .map((c) => Date.parse(c.due))
    .filter((t) => t >= endOfDay(now).getTime());
  return later.length ? new Date(Math.min(...later)) : undefined;
}

/** ts-fsrs's default decay (its default_w[20]); tests/unit/review.test.ts checks the two agree. */
export const DEFAULT_DECAY = 0.1542;

/**
 * FSRS's forgetting curve, R = (1 + factor · t / S)^−decay, with factor chosen so that R = 0.9 when
 * t = S: the same formula as ts-fsrs's forgetting_curve (a test checks they agree), written here so the
 * progress code that shows retention on every module page does not bundle the scheduler.
 */
export function forgettingCurve(days: number, stability: number, decay = DEFAULT_DECAY): number {
  const factor = Math.exp(Math.log(0.9) / -decay) - 1;
  return Math.pow(1 + (factor * days) / stability, -decay);
}

/** The chance (0–1) that the learner recalls this question now, by FSRS's forgetting curve (default weights); 0 for a new one. */
export function recall(card: ReviewCard, now: Date): number {
  if (card.state === 0 || card.stability <= 0) return 0;
  const days = Math.max(0, (now.getTime() - Date.parse(card.last)) / 86_400_000);
  return forgettingCurve(days, card.stability);
}

export interface Retention {
  /** Questions with a schedule (answered at least once, content unchanged). */
  reviewed: number;
  /** Of those, due today. */
  due: number;
  /** Answered, but the question has changed since: asked again as new. */
  changed: number;
  /** Average chance of recall now over reviewed questions (0–1); undefined when none. */
  recall?: number;
}

/** How well a set of questions (a module's) is retained: `hashes` maps each question id to its current hash. */
export function retention(reviews: Progress['reviews'], hashes: Record<string, string>, now: Date): Retention {
  const cards = Object.entries(hashes).flatMap(([id, hash]) => (reviews[id] ? [{ card: reviews[id]!, hash }] : []));
  const current = cards.filter(({ card, hash }) => card.hash === hash && card.state !== 0).map(({ card }) => card);
  return {
    reviewed: current.length,
    due: current.filter((c) => isDueToday(c, now)).length,
    changed: cards.length - current.length,
    ...(current.length && { recall: current.reduce((n, c) => n + recall(c, now), 0) / current.length }),
  };
}
