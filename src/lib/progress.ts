/**
 * The learner store: everything Converge remembers about one learner, in the browser only.
 *
 * Stored under one key, "converge-progress", as JSON:
 *   {
 *     version: 4,
 *     lessons:     { [lessonId]: { completed: ISO date-time } },
 *     quizzes:     { [quizId]: { attempts, best, last, lastAnswers, missed, updated } },
 *     drafts:      { [quizId]: { [questionId]: Answer } },
 *     capstones:   { [capstoneId]: { completed: ISO date-time } },
 *     assignments: { [assignmentId]: { token, title, saved: ISO date-time, due?: YYYY-MM-DD } },
 *     lastVisited?: { lessonId, at: ISO date-time, title?, url? },
 *     learnerName?: string,
 *     reviews:     { [questionId]: { due, last, stability, difficulty, scheduled, step, reps, lapses, state, rating, hash } },
 *     reviewSettings?: { retention: 0.80–0.95, dailyLimit: 1–200 },
 *     reviewDay?:  { date: YYYY-MM-DD, done }
 *   }
 * (lessonId is "module/slug"; quizId is a module id, or "check:<question id>" for a quick check;
 * an assignment's token is the encoded state of the link an instructor shared; a review is one question's
 * FSRS schedule (src/lib/review.ts), `hash` the content hash of the question it was answered on;
 * reviewDay counts the reviews done on the learner's local day, for the daily limit.)
 *
 * Migrations (applied by `migrate`, oldest first):
 *   v1 → v2: version 1 was the quiz store's record under "converge-quizzes"
 *            ({ version: 1, quizzes, drafts }); its quizzes and drafts carry over unchanged, and the
 *            v1 key is removed once v2 is written.
 *   v2 → v3: adds `capstones` (a track is complete when its modules and capstone are) and
 *            `assignments` (links saved to "My learning"), both empty.
 *   v3 → v4: adds `reviews` (the daily review's schedules), empty: questions answered before v4 enter
 *            the review the next time they are answered. `reviewSettings` and `reviewDay` are optional
 *            (absent means the defaults: 90 % retention, 20 a day).
 *
 * Corrupt JSON, or a record this code cannot read, is kept under "converge-progress:backup" and the
 * store starts clean, telling the caller once (`notice`), so the learner can download the backup.
 * An answer of a question type this code does not know (written by a newer Converge) is not a
 * corrupt record: only that answer is set aside, under "converge-progress:set-aside-answers"
 * ({ "drafts/<quizId>/<questionId>" | "quizzes/<quizId>/<questionId>": answer }), and the rest loads.
 * Storage that is blocked (private mode) or full (QuotaExceededError) leaves the store working in
 * memory (`memoryOnly`), never throwing. Pure: storage is injected; nothing touches `window` here.
 */
import type { Answer, QuestionType } from './quiz.ts';

/** One quiz's results: a module quiz by module id, a quick check as "check:<question id>". */
export interface QuizRecord {
  attempts: number;
  /** Best percent so far. */
  best: number;
  /** Percent of the last attempt. */
  last: number;
  lastAnswers: Record<string, Answer>;
  /** Question ids missed in the last attempt: the learner's review queue. */
  missed: string[];
  /** ISO date-time of the last attempt. */
  updated: string;
}

export const PROGRESS_KEY = 'converge-progress';
export const BACKUP_KEY = 'converge-progress:backup';
export const SET_ASIDE_KEY = 'converge-progress:set-aside-answers';
export const LEGACY_QUIZ_KEY = 'converge-quizzes';
export const VERSION = 4;

export interface Progress {
  version: typeof VERSION;
  lessons: Record<string, { completed: string }>;
  quizzes: Record<string, QuizRecord>;
  drafts: Record<string, Record<string, Answer>>;
  capstones: Record<string, { completed: string }>;
  assignments: Record<string, SavedAssignment>;
  /** The lesson to offer as "Continue"; title and URL kept so any page can link to it. */
  lastVisited?: { lessonId: string; at: string; title?: string; url?: string };
  learnerName?: string;
  /** Each answered question's review schedule, by question id. */
  reviews: Record<string, ReviewCard>;
  reviewSettings?: ReviewSettings;
  /** Reviews done on the learner's local day (the daily limit counts them). */
  reviewDay?: { date: string; done: number };
}

/** One question's FSRS schedule (made by src/lib/review.ts with ts-fsrs). */
export interface ReviewCard {
  /** ISO date-time it is next due. */
  due: string;
  /** ISO date-time of the last answer (or of the reset, for a new card). */
  last: string;
  /** FSRS memory stability, in days. */
  stability: number;
  /** FSRS difficulty, 1–10 (0 for a new card). */
  difficulty: number;
  /** Days from the last answer to due. */
  scheduled: number;
  /** The (re)learning step reached (ts-fsrs learning_steps). */
  step: number;
  reps: number;
  lapses: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  /** The last rating: 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a reset card. */
  rating: 0 | 1 | 2 | 3 | 4;
  /** Content hash of the question when it was answered (review.ts contentHash). */
  hash: string;
}

/** The learner's review settings. */
export interface ReviewSettings {
  /** Desired retention, 0.80–0.95: the chance of recall FSRS schedules for. */
  retention: number;
  /** At most this many reviews a day, 1–200. */
  dailyLimit: number;
}

/** An assignment link a learner saved to "My learning". */
export interface SavedAssignment {
  /** The encoded assignment, as it appears in the shared link. */
  token: string;
  title: string;
  /** ISO date-time it was saved. */
  saved: string;
  /** Due date, YYYY-MM-DD. */
  due?: string;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const emptyProgress = (): Progress => ({
  version: VERSION,
  lessons: {},
  quizzes: {},
  drafts: {},
  capstones: {},
  assignments: {},
  reviews: {},
});

// ---- validation: what a stored or imported record may contain ----
// Hand-written rather than zod: this module ships to the browser with every quiz, and zod would add
// about 26 KB gzip to it (the budget gate in budgets.json caught that).
type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
/** Ids as the site writes them; names that would touch an object's prototype are refused. */
const isId = (k: string) => k.length > 0 && k.length <= 200 && /^[\w:/.-]+$/.test(k) && !RESERVED.has(k);
const isDate: Check = (v) => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isInt =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isPercent: Check = (v) => typeof v === 'number' && v >= 0 && v <= 100;
const arrayOf =
  (item: Check, max: number): Check =>
  (v) =>
    Array.isArray(v) && v.length <= max && v.every(item);
const recordOf =
  (value: Check, max = 10_000): Check =>
  (v) =>
    isObject(v) && Object.keys(v).length <= max && Object.entries(v).every(([k, x]) => isId(k) && value(x));
const shape =
  (fields: Record<string, Check>, optional: string[] = []): Check =>
  (v) =>
    isObject(v) &&
    Object.keys(v).every((k) => k in fields) &&
    Object.entries(fields).every(([k, check]) => (optional.includes(k) && v[k] === undefined) || check(v[k]));

const index = isInt(0, 50);
const choice = shape({ type: () => true, choice: (c) => c === null || index(c) });
const text = shape({ type: () => true, text: (t) => typeof t === 'string' && t.length <= 500 });
/** The stored shape of each type's answer (a Record, so a new question type fails to compile here until it has one). */
const ANSWER_SHAPES: Record<QuestionType, Check> = {
  single: choice,
  code: choice,
  multiple: shape({ type: () => true, choices: arrayOf(index, 50) }),
  truefalse: shape({ type: () => true, value: (b) => b === null || typeof b === 'boolean' }),
  numeric: text,
  short: text,
  ordering: shape({ type: () => true, order: arrayOf(index, 50) }),
  matching: shape({ type: () => true, matches: arrayOf((m) => m === null || index(m), 50) }),
  exercise: shape({
    type: () => true,
    code: (t) => typeof t === 'string' && t.length <= 5000,
    passed: (b) => b === null || typeof b === 'boolean',
  }),
};
const isKnownType = (t: unknown): t is QuestionType => typeof t === 'string' && Object.hasOwn(ANSWER_SHAPES, t);
const isAnswer: Check = (v) => isObject(v) && isKnownType(v.type) && ANSWER_SHAPES[v.type](v);
/** An answer of a type this code does not know: a newer Converge wrote it; set it aside rather than lose the record. */
const isForeignAnswer = (v: unknown) => isObject(v) && typeof v.type === 'string' && !isKnownType(v.type) && v.type.length <= 40;
const isQuizRecord = shape({
  attempts: isInt(0, 1_000_000),
  best: isPercent,
  last: isPercent,
  lastAnswers: recordOf(isAnswer, 500),
  missed: arrayOf((x) => typeof x === 'string' && isId(x), 500),
  updated: isDate,
});
const isDrafts = recordOf(recordOf(isAnswer, 500));
const isCompletion = shape({ completed: isDate });
const isSavedAssignment = shape(
  {
    token: (t) => typeof t === 'string' && t.length <= 8000 && /^[\w.~-]*$/.test(t),
    title: (t) => typeof t === 'string' && t.length <= 200,
    saved: isDate,
    due: (d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && isDate(d),
  },
  ['due'],
);
const v2Fields = {
  lessons: recordOf(isCompletion),
  quizzes: recordOf(isQuizRecord),
  drafts: isDrafts,
  lastVisited: shape(
    {
      lessonId: (x) => typeof x === 'string' && isId(x),
      at: isDate,
      title: (t) => typeof t === 'string' && t.length <= 200,
      url: (u) => typeof u === 'string' && u.length <= 300 && u.startsWith('/') && !u.startsWith('//'),
    },
    ['title', 'url'],
  ),
  learnerName: (n: unknown) => typeof n === 'string' && n.length <= 120,
};
const isV2 = shape({ version: (v) => v === 2, ...v2Fields }, ['drafts', 'lastVisited', 'learnerName']);
const isV3 = shape(
  { version: (v) => v === 3, ...v2Fields, capstones: recordOf(isCompletion), assignments: recordOf(isSavedAssignment, 500) },
  ['drafts', 'lastVisited', 'learnerName'],
);
const isNumber =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isReviewCard = shape({
  due: isDate,
  last: isDate,
  stability: isNumber(0, 1e6),
  difficulty: isNumber(0, 10),
  scheduled: isInt(0, 100_000),
  step: isInt(0, 20),
  reps: isInt(0, 1_000_000),
  lapses: isInt(0, 1_000_000),
  state: isInt(0, 3),
  rating: isInt(0, 4),
  hash: (h) => typeof h === 'string' && /^[0-9a-f]{1,16}$/.test(h),
});
const isV4 = shape(
  {
    version: (v) => v === 4,
    ...v2Fields,
    capstones: recordOf(isCompletion),
    assignments: recordOf(isSavedAssignment, 500),
    reviews: recordOf(isReviewCard, 10_000),
    reviewSettings: shape({ retention: isNumber(0.8, 0.95), dailyLimit: isInt(1, 200) }),
    reviewDay: shape({ date: (d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d), done: isInt(0, 100_000) }),
  },
  ['drafts', 'lastVisited', 'learnerName', 'reviewSettings', 'reviewDay'],
);
const isV1 = shape({ version: (v) => v === 1, quizzes: recordOf(isQuizRecord), drafts: isDrafts }, ['drafts']);

/** Answers taken out of a record because their question type is unknown, by "drafts|quizzes/<quizId>/<questionId>". */
export type SetAside = Record<string, unknown>;

/**
 * A copy of a stored record without the answers of unknown question types, and those answers. Only
 * answers are touched; anything else unreadable still makes the whole record unreadable.
 */
export function setAsideForeignAnswers(raw: unknown): { record: unknown; setAside: SetAside } {
  const setAside: SetAside = {};
  if (!isObject(raw)) return { record: raw, setAside };
  const record: Record<string, unknown> = { ...raw };
  const strip = (answers: unknown, where: string) => {
    if (!isObject(answers)) return answers;
    const kept: Record<string, unknown> = {};
    for (const [id, answer] of Object.entries(answers)) {
      if (isForeignAnswer(answer) && isId(id)) setAside[`${where}/${id}`] = answer;
      else kept[id] = answer;
    }
    return kept;
  };
  if (isObject(raw.drafts)) {
    record.drafts = Object.fromEntries(Object.entries(raw.drafts).map(([quiz, answers]) => [quiz, strip(answers, `drafts/${quiz}`)]));
  }
  if (isObject(raw.quizzes)) {
    record.quizzes = Object.fromEntries(
      Object.entries(raw.quizzes).map(([quiz, q]) => [
        quiz,
        isObject(q) ? { ...q, lastAnswers: strip(q.lastAnswers, `quizzes/${quiz}`) } : q,
      ]),
    );
  }
  return { record, setAside };
}

/** Reads a record of any known version into the current shape, setting aside answers of unknown types; null when it is not one. */
export function readRecord(raw: unknown): { progress: Progress; setAside: SetAside } | null {
  const { record, setAside } = setAsideForeignAnswers(raw);
  const progress = migrate(record);
  return progress && { progress, setAside };
}

/** Reads a record of any known version into the current shape; null when it is not one. */
export function migrate(raw: unknown): Progress | null {
  if (isV4(raw)) {
    const p = raw as unknown as Progress;
    return { ...p, drafts: p.drafts ?? {} };
  }
  if (isV3(raw)) {
    const p = raw as unknown as Omit<Progress, 'version' | 'reviews'>;
    return { ...p, version: VERSION, drafts: p.drafts ?? {}, reviews: {} };
  }
  if (isV2(raw)) {
    const p = raw as unknown as Omit<Progress, 'version' | 'capstones' | 'assignments' | 'reviews'>;
    return { ...p, version: VERSION, drafts: p.drafts ?? {}, capstones: {}, assignments: {}, reviews: {} };
  }
  if (isV1(raw)) {
    const v1 = raw as { quizzes: Progress['quizzes']; drafts?: Progress['drafts'] };
    return { ...emptyProgress(), quizzes: v1.quizzes, drafts: v1.drafts ?? {} };
  }
  return null;
}

// ---- merge: keep the best of both ----
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/**
 * Merges two records, keeping the best of both: a lesson is complete if either says so (earliest
 * date); a quiz keeps the higher best score, the larger attempt count, and the last attempt of
 * whichever was updated later; a capstone likewise counts as done if either says so; saved
 * assignments are the union (the later save wins); the later "last visited" wins; each question keeps
 * the review answered later (its schedule grew from that answer); `ours` keeps its name, review settings
 * and today's review count if it has them.
 */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const completions = (a: Progress['lessons'], b: Progress['lessons']) => {
    const all = { ...b };
    for (const [k, v] of Object.entries(a)) all[k] = all[k] ? { completed: earlier(v.completed, all[k]!.completed) } : v;
    return all;
  };
  const lessons = completions(ours.lessons, theirs.lessons);
  const assignments = { ...theirs.assignments };
  for (const [k, v] of Object.entries(ours.assignments))
    if (!assignments[k] || later(v.saved, assignments[k]!.saved) === v.saved) assignments[k] = v;
  const quizzes = { ...theirs.quizzes };
  for (const [k, mine] of Object.entries(ours.quizzes)) {
    const other = quizzes[k];
    if (!other) {
      quizzes[k] = mine;
      continue;
    }
    const newer = later(mine.updated, other.updated) === mine.updated ? mine : other;
    quizzes[k] = { ...newer, attempts: Math.max(mine.attempts, other.attempts), best: Math.max(mine.best, other.best) };
  }
  const reviews = { ...theirs.reviews };
  for (const [k, mine] of Object.entries(ours.reviews))
    if (!reviews[k] || later(mine.last, reviews[k]!.last) === mine.last) reviews[k] = mine;
  const lastVisited =
    ours.lastVisited && theirs.lastVisited
      ? later(ours.lastVisited.at, theirs.lastVisited.at) === ours.lastVisited.at
        ? ours.lastVisited
        : theirs.lastVisited
      : (ours.lastVisited ?? theirs.lastVisited);
  return {
    version: VERSION,
    lessons,
    quizzes,
    drafts: { ...theirs.drafts, ...ours.drafts },
    capstones: completions(ours.capstones, theirs.capstones),
    assignments,
    ...(lastVisited && { lastVisited }),
    ...((ours.learnerName ?? theirs.learnerName) !== undefined && { learnerName: ours.learnerName ?? theirs.learnerName }),
    reviews,
    ...((ours.reviewSettings ?? theirs.reviewSettings) && { reviewSettings: ours.reviewSettings ?? theirs.reviewSettings }),
    ...((ours.reviewDay ?? theirs.reviewDay) && { reviewDay: ours.reviewDay ?? theirs.reviewDay }),
  };
}

// ---- export / import ----
export interface ExportFile {
  app: 'converge';
  kind: 'progress';
  exported: string;
  progress: Progress;
}

export function exportProgress(progress: Progress, now = new Date()): string {
  const file: ExportFile = { app: 'converge', kind: 'progress', exported: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

export type ImportResult = { ok: true; progress: Progress; setAside: SetAside } | { ok: false; error: string };

/** Validates an export file; never throws, never returns partial data (answers of unknown types come back in `setAside`). */
export function parseImport(text: string): ImportResult {
  if (text.length > 5_000_000) return { ok: false, error: 'This file is too large to be a Converge progress file.' };
  let data: unknown;
  let hostile = false;
  try {
    // A key that would reach an object's prototype marks the file as crafted, not exported.
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') hostile = true;
      return value;
    });
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it cannot be a Converge progress file.' };
  }
  if (hostile) return { ok: false, error: 'This progress file is damaged or from a newer version of Converge; nothing was changed.' };
  if (!isObject(data) || data.app !== 'converge' || data.kind !== 'progress')
    return { ok: false, error: 'This file was not exported from Converge’s “My learning” page.' };
  const read = readRecord(data.progress);
  if (!read) return { ok: false, error: 'This progress file is damaged or from a newer version of Converge; nothing was changed.' };
  return { ok: true, ...read };
}

// ---- the store ----
export type Notice = 'restored-from-corrupt' | 'memory-only';

export class ProgressStore {
  #storage: StorageLike | undefined;
  #progress: Progress = emptyProgress();
  /** True when changes cannot be saved beyond this page. */
  memoryOnly = false;
  /** Set once when stored data was unreadable and set aside under BACKUP_KEY. */
  notice: Notice | undefined;

  constructor(storage: StorageLike | undefined) {
    this.#storage = storage;
    this.reload();
  }

  get progress(): Readonly<Progress> {
    return this.#progress;
  }

  /** Reads storage again (after a `storage` event from another tab). */
  reload() {
    let raw: string | null = null;
    try {
      if (!this.#storage) throw new Error('no storage');
      raw = this.#storage.getItem(PROGRESS_KEY);
      if (raw === null) {
        const legacy = this.#storage.getItem(LEGACY_QUIZ_KEY);
        if (legacy !== null) {
          const migrated = migrate(this.#json(legacy));
          if (migrated) {
            this.#progress = migrated;
            if (this.#write()) this.#storage.removeItem(LEGACY_QUIZ_KEY);
            return;
          }
        }
        this.#progress = emptyProgress();
        return;
      }
    } catch {
      this.memoryOnly = true;
      this.notice ??= 'memory-only';
      return;
    }
    const read = readRecord(this.#json(raw));
    if (read) {
      this.#progress = read.progress;
      if (Object.keys(read.setAside).length) {
        this.#keepSetAside(read.setAside);
        this.#write();
      }
      return;
    }
    // Unreadable: keep the raw text for the learner, start clean, say so once.
    try {
      this.#storage!.setItem(BACKUP_KEY, raw);
      this.#storage!.removeItem(PROGRESS_KEY);
    } catch {
      this.memoryOnly = true;
    }
    this.#progress = emptyProgress();
    this.notice = 'restored-from-corrupt';
  }

  /** Keeps answers of unknown question types beside the record, for a newer Converge to read back. */
  #keepSetAside(answers: SetAside) {
    try {
      const kept = this.#json(this.#storage?.getItem(SET_ASIDE_KEY) ?? '{}');
      this.#storage?.setItem(SET_ASIDE_KEY, JSON.stringify({ ...(isObject(kept) ? kept : {}), ...answers }));
    } catch {
      // storage full or blocked: the record still loads; only these answers go unsaved
    }
  }

  /** Answers set aside because their question type is unknown here. */
  setAside(): SetAside {
    try {
      const kept = this.#json(this.#storage?.getItem(SET_ASIDE_KEY) ?? '{}');
      return isObject(kept) ? kept : {};
    } catch {
      return {};
    }
  }

  #json(raw: string): unknown {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  }

  #write(): boolean {
    try {
      if (!this.#storage) throw new Error('no storage');
      this.#storage.setItem(PROGRESS_KEY, JSON.stringify(this.#progress));
      this.memoryOnly = false;
      return true;
    } catch {
      this.memoryOnly = true;
      return false;
    }
  }

  #update(change: (p: Progress) => Progress) {
    this.#progress = change(structuredClone(this.#progress));
    this.#write();
  }

  /** The raw text set aside after corruption, for download; null when there is none. */
  backup(): string | null {
    try {
      return this.#storage?.getItem(BACKUP_KEY) ?? null;
    } catch {
      return null;
    }
  }

  /** Forgets the set-aside text once the learner has downloaded it or does not want it. */
  discardBackup() {
    try {
      this.#storage?.removeItem(BACKUP_KEY);
    } catch {
      // nothing to do: storage is unavailable, so there is no backup either
    }
  }

  quiz(quizId: string): QuizRecord | undefined {
    return this.#progress.quizzes[quizId];
  }

  /** Records a checked attempt (clearing its draft) and returns the updated record. */
  recordQuiz(quizId: string, percent: number, answers: Record<string, Answer>, missed: string[], now = new Date()): QuizRecord {
    this.#update((p) => {
      const before = p.quizzes[quizId];
      p.quizzes[quizId] = {
        attempts: (before?.attempts ?? 0) + 1,
        best: Math.max(before?.best ?? 0, percent),
        last: percent,
        lastAnswers: answers,
        missed,
        updated: now.toISOString(),
      };
      delete p.drafts[quizId];
      return p;
    });
    return this.#progress.quizzes[quizId]!;
  }

  draft(quizId: string): Record<string, Answer> | undefined {
    return this.#progress.drafts[quizId];
  }

  /** Keeps answers given but not yet checked; an empty set removes the draft. */
  saveDraft(quizId: string, answers: Record<string, Answer>) {
    this.#update((p) => {
      if (Object.keys(answers).length) p.drafts[quizId] = answers;
      else delete p.drafts[quizId];
      return p;
    });
  }

  setLessonComplete(lessonId: string, done: boolean, now = new Date()) {
    this.#update((p) => {
      if (done) p.lessons[lessonId] ??= { completed: now.toISOString() };
      else delete p.lessons[lessonId];
      return p;
    });
  }

  setCapstoneComplete(capstoneId: string, done: boolean, now = new Date()) {
    this.#update((p) => {
      if (done) p.capstones[capstoneId] ??= { completed: now.toISOString() };
      else delete p.capstones[capstoneId];
      return p;
    });
  }

  /** Keeps an assignment link in "My learning"; saving it again refreshes it. */
  saveAssignment(id: string, assignment: Omit<SavedAssignment, 'saved'>, now = new Date()) {
    this.#update((p) => {
      p.assignments[id] = { ...assignment, saved: now.toISOString() };
      return p;
    });
  }

  removeAssignment(id: string) {
    this.#update((p) => {
      delete p.assignments[id];
      return p;
    });
  }

  /** Saves questions' new review schedules; `reviewed` of them were answered in the daily review (counted for its limit on `day`). */
  recordReviews(cards: Record<string, ReviewCard>, reviewed?: { day: string; count: number }) {
    this.#update((p) => {
      Object.assign(p.reviews, cards);
      if (reviewed?.count)
        p.reviewDay = { date: reviewed.day, done: (p.reviewDay?.date === reviewed.day ? p.reviewDay.done : 0) + reviewed.count };
      return p;
    });
  }

  /** Forgets the schedules of questions the curriculum no longer has. */
  forgetReviews(ids: string[]) {
    if (!ids.length) return;
    this.#update((p) => {
      for (const id of ids) delete p.reviews[id];
      return p;
    });
  }

  setReviewSettings(settings: ReviewSettings) {
    this.#update((p) => ({ ...p, reviewSettings: settings }));
  }

  visit(lessonId: string, now = new Date(), title?: string, url?: string) {
    this.#update((p) => ({ ...p, lastVisited: { lessonId, at: now.toISOString(), ...(title && { title }), ...(url && { url }) } }));
  }

  /** Whether a module is complete: every lesson done and, when it has one, its quiz passed. */
  moduleComplete(lessonIds: string[], quiz?: { id: string; passMark: number }): boolean {
    const lessonsDone = lessonIds.every((id) => this.#progress.lessons[id]);
    return lessonsDone && (!quiz || (this.#progress.quizzes[quiz.id]?.best ?? 0) >= quiz.passMark);
  }

  setLearnerName(name: string) {
    this.#update((p) => ({ ...p, learnerName: name.trim().slice(0, 120) || undefined }));
  }

  /**
   * Forgets the given lessons, quizzes, capstones and question reviews (a module or a track), or
   * everything when no ids are given (the learner's name and review settings stay: they are not progress).
   */
  reset(ids?: { lessons: string[]; quizzes: string[]; capstones?: string[]; questions?: string[] }) {
    this.#update((p) => {
      if (!ids)
        return {
          ...emptyProgress(),
          ...(p.learnerName !== undefined && { learnerName: p.learnerName }),
          ...(p.reviewSettings && { reviewSettings: p.reviewSettings }),
        };
      for (const q of ids.questions ?? []) delete p.reviews[q];
      for (const l of ids.lessons) delete p.lessons[l];
      for (const q of ids.quizzes) {
        delete p.quizzes[q];
        delete p.drafts[q];
      }
      for (const c of ids.capstones ?? []) delete p.capstones[c];
      return p;
    });
  }

  /** Applies an import: merge keeps the best of both; replace takes the file as it is. */
  /** Imports a record; answers of unknown question types that came with it (`setAside`) are kept beside it. */
  import(incoming: Progress, mode: 'merge' | 'replace', setAside: SetAside = {}) {
    if (Object.keys(setAside).length) this.#keepSetAside(setAside);
    this.#update((p) => (mode === 'replace' ? incoming : mergeProgress(p, incoming)));
  }

  export(now = new Date()): string {
    return exportProgress(this.#progress, now);
  }
}
