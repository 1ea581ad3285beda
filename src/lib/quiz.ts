// Quiz scoring: pure functions shared by module quizzes and quick checks, in the browser and in tests.
// Every decision that depends on a question's type is made here, next to the Answer type, as a
// Record<QuestionType, …> or a switch ending in assertNever, so a new type fails to compile until
// every layer (scorer, store, quiz element, question component) handles it.
import type { Question } from '../schemas/quiz.ts';

/** The question types, as the schema defines them. */
export type QuestionType = Question['type'];

/** Called where every type has been handled: the compiler proves the call unreachable. */
export function assertNever(value: never, what = 'question type'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}

/**
 * What a new attempt does to a question's list: shuffle its options, derange its steps (never the
 * right order), or nothing. Matching shuffles its dropdowns' choices separately, whatever this says.
 */
export const SHUFFLE: Record<QuestionType, 'options' | 'derange' | null> = {
  single: 'options',
  code: 'options',
  multiple: 'options',
  truefalse: null,
  numeric: null,
  short: null,
  ordering: 'derange',
  matching: null,
  exercise: null,
};

/** Each type's one-line instruction, shown under the question. */
export const TYPE_HINTS: Record<QuestionType, string> = {
  single: 'Choose one answer.',
  code: 'Read the code, then choose one answer.',
  multiple: 'Choose all that apply.',
  truefalse: 'True or false?',
  numeric: 'Type a number.',
  short: 'Type a short answer.',
  ordering: 'Put the steps in order.',
  matching: 'Match each item on the left with one on the right.',
  exercise: 'Write the query, run it to see its result, then check it.',
};

/** What a learner gave for one question. Option, item and right-side numbers are authored indexes. */
export type Answer =
  | { type: 'single' | 'code'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'numeric' | 'short'; text: string }
  | { type: 'ordering'; order: number[] }
  | { type: 'matching'; matches: (number | null)[] }
  /** code: what the learner wrote ('' when left as the starter); passed: whether its result matched the solution's (null: not run). */
  | { type: 'exercise'; code: string; passed: boolean | null };

// The answer types and the question types are the same set (checked both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const answerTypesMatch: Same<Answer['type'], QuestionType> = true;
void answerTypesMatch;

export interface QuestionResult {
  id: string;
  /** Fully right. */
  correct: boolean;
  /** 0–1; between only with partial credit. */
  score: number;
  /** Whether the learner gave any answer. */
  answered: boolean;
}

export interface QuizResult {
  results: QuestionResult[];
  /** Sum of question scores. */
  score: number;
  max: number;
  /** 0–100, rounded. */
  percent: number;
  passed: boolean;
  /** Ids of questions not fully right, in order. */
  missed: string[];
}

export interface ScoringOptions {
  /** Multiple select and matching score by the share right instead of all-or-nothing. */
  partialCredit?: boolean;
}

/** A typed answer as Converge compares it, case kept: NFKC, single spaces, no surrounding space or final "." or "!". */
export function trimAnswer(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/[.!]$/, '').trim();
}

/** Lower case, single spaces, no surrounding space or final full stop: "  Query  String. " → "query string". */
export function normaliseText(text: string): string {
  return trimAnswer(text).toLowerCase();
}

/**
 * Reads a number as people type it: "1,250", "1 250", "12.5%", "$40", "-3", "0,5" (decimal comma).
 * Returns null when there is no number.
 */
export function parseNumber(text: string): number | null {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  t = t.replace(/,(?=\d{3}(?:\D|$))/g, ''); // thousands separators
  t = t.replace(',', '.');
  const m = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/i.exec(t);
  if (!m) return null;
  const value = Number(m[0]);
  return Number.isFinite(value) ? value : null;
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Scores one answer against its question. A missing or mismatched answer scores 0. */
export function scoreQuestion(question: Question, answer: Answer | undefined, options: ScoringOptions = {}): QuestionResult {
  const none = { id: question.id, correct: false, score: 0, answered: false };
  if (!answer || answer.type !== question.type) return none;
  const result = (score: number, answered = true): QuestionResult => ({ id: question.id, correct: score === 1, score, answered });

  switch (question.type) {
    case 'single':
    case 'code': {
      const a = answer as Extract<Answer, { type: 'single' | 'code' }>;
      if (a.choice === null) return none;
      return result(question.options[a.choice]?.correct ? 1 : 0);
    }
    case 'multiple': {
      const a = answer as Extract<Answer, { type: 'multiple' }>;
      if (a.choices.length === 0) return none;
      const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
      if (sameSet(a.choices, right)) return result(1);
      if (!options.partialCredit) return result(0);
      // Share of options judged rightly (ticked when correct, left when wrong).
      const judged = question.options.filter((o, i) => o.correct === a.choices.includes(i)).length;
      return result(judged / question.options.length);
    }
    case 'truefalse': {
      const a = answer as Extract<Answer, { type: 'truefalse' }>;
      if (a.value === null) return none;
      return result(a.value === question.answer ? 1 : 0);
    }
    case 'numeric': {
      const a = answer as Extract<Answer, { type: 'numeric' | 'short' }>;
      const value = parseNumber(a.text);
      if (value === null) return result(0, a.text.trim() !== '');
      // A small epsilon so 0.1 + 0.2 style float error never fails an exact answer.
      return result(Math.abs(value - question.answer) <= question.tolerance + 1e-9 ? 1 : 0);
    }
    case 'short': {
      const a = answer as Extract<Answer, { type: 'numeric' | 'short' }>;
      const given = normaliseText(a.text);
      if (!given) return none;
      return result(question.accepted.some((acc) => normaliseText(acc) === given) ? 1 : 0);
    }
    case 'ordering': {
      const a = answer as Extract<Answer, { type: 'ordering' }>;
      const n = question.items.length;
      if (a.order.length !== n) return result(0);
      return result(a.order.every((item, position) => item === position) ? 1 : 0);
    }
    case 'exercise': {
      // Running code is asynchronous: the quiz element runs it first and records the verdict in the answer.
      const a = answer as Extract<Answer, { type: 'exercise' }>;
      if (!a.code.trim()) return none;
      return result(a.passed ? 1 : 0);
    }
    case 'matching': {
      const a = answer as Extract<Answer, { type: 'matching' }>;
      if (a.matches.every((m) => m === null)) return none;
      const right = question.pairs.filter((_, i) => a.matches[i] === i).length;
      if (right === question.pairs.length) return result(1);
      return result(options.partialCredit ? right / question.pairs.length : 0);
    }
    default:
      return assertNever(question);
  }
}

/** Scores a whole quiz against a pass mark (percent). */
export function scoreQuiz(
  questions: Question[],
  answers: Record<string, Answer | undefined>,
  passMark = 70,
  options: ScoringOptions = {},
): QuizResult {
  const results = questions.map((q) => scoreQuestion(q, answers[q.id], options));
  const score = results.reduce((sum, r) => sum + r.score, 0);
  const max = questions.length;
  const percent = max === 0 ? 0 : Math.round((score / max) * 100);
  return { results, score, max, percent, passed: percent >= passMark, missed: results.filter((r) => !r.correct).map((r) => r.id) };
}

/** A 32-bit hash of a string (FNV-1a), to seed shuffles. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic permutation of 0..n-1 for this seed (mulberry32 + Fisher–Yates). */
export function shuffledIndexes(n: number, seed: string): number[] {
  let state = hashString(seed);
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A shuffle that never leaves the items in their right order (which would give the answer away). */
export function derangedOrder(n: number, seed: string): number[] {
  const order = shuffledIndexes(n, seed);
  if (n > 1 && order.every((x, i) => x === i)) order.push(order.shift()!);
  return order;
}
