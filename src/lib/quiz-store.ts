/**
 * Quiz results kept in the browser: attempts, best score and last answers per quiz.
 *
 * Stored shape, under the key "converge-quizzes" (version 1):
 *   { version: 1, quizzes: { [quizId]: { attempts, best, last, lastAnswers, missed, updated } },
 *     drafts: { [quizId]: { [questionId]: Answer } } }
 * Migrations: none yet; a record of another or no version is set aside (see `read`) and the store
 * starts clean. The learner-progress store (src/lib/progress.ts, a later issue) builds on this one.
 *
 * Storage is injected and every call is wrapped: private mode, a full quota or corrupt JSON make the
 * store work in memory for the session instead of failing.
 */
import type { Answer } from './quiz.ts';

export interface QuizRecord {
  attempts: number;
  /** Best percent so far. */
  best: number;
  /** Percent of the last attempt. */
  last: number;
  lastAnswers: Record<string, Answer>;
  /** Question ids missed in the last attempt. */
  missed: string[];
  /** ISO date-time of the last attempt. */
  updated: string;
}

interface Stored {
  version: 1;
  quizzes: Record<string, QuizRecord>;
  /** Answers given but not yet checked, so a learner interrupted on a phone can continue. */
  drafts?: Record<string, Record<string, Answer>>;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const QUIZ_KEY = 'converge-quizzes';

export class QuizStore {
  #storage: StorageLike | undefined;
  #memory: Stored = { version: 1, quizzes: {} };
  /** True when results cannot be saved beyond this page (storage blocked or full). */
  memoryOnly = false;

  constructor(storage: StorageLike | undefined) {
    this.#storage = storage;
    this.#memory = this.#read();
  }

  #read(): Stored {
    try {
      const raw = this.#storage?.getItem(QUIZ_KEY);
      if (!raw) return { version: 1, quizzes: {} };
      const parsed = JSON.parse(raw) as Partial<Stored>;
      if (parsed?.version === 1 && parsed.quizzes && typeof parsed.quizzes === 'object') return parsed as Stored;
    } catch {
      // Corrupt or unreadable: start clean rather than fail the quiz.
    }
    return { version: 1, quizzes: {} };
  }

  get(quizId: string): QuizRecord | undefined {
    return this.#memory.quizzes[quizId];
  }

  draft(quizId: string): Record<string, Answer> | undefined {
    return this.#memory.drafts?.[quizId];
  }

  /** Keeps unchecked answers; an empty set removes the draft. */
  saveDraft(quizId: string, answers: Record<string, Answer>) {
    const fresh = this.#read();
    const drafts = { ...fresh.drafts, ...this.#memory.drafts };
    if (Object.keys(answers).length) drafts[quizId] = answers;
    else delete drafts[quizId];
    this.#memory = { ...fresh, quizzes: { ...fresh.quizzes, ...this.#memory.quizzes }, drafts };
    this.#write();
  }

  #write() {
    try {
      if (!this.#storage) throw new Error('no storage');
      this.#storage.setItem(QUIZ_KEY, JSON.stringify(this.#memory));
      this.memoryOnly = false;
    } catch {
      this.memoryOnly = true;
    }
  }

  /** Records an attempt and returns the updated record. */
  record(quizId: string, percent: number, answers: Record<string, Answer>, missed: string[], now = new Date()): QuizRecord {
    const fresh = this.#read();
    const before = fresh.quizzes[quizId] ?? this.#memory.quizzes[quizId];
    const record: QuizRecord = {
      attempts: (before?.attempts ?? 0) + 1,
      best: Math.max(before?.best ?? 0, percent),
      last: percent,
      lastAnswers: answers,
      missed,
      updated: now.toISOString(),
    };
    const drafts = { ...fresh.drafts, ...this.#memory.drafts };
    delete drafts[quizId];
    this.#memory = { version: 1, quizzes: { ...fresh.quizzes, ...this.#memory.quizzes, [quizId]: record }, drafts };
    this.#write();
    return record;
  }
}
