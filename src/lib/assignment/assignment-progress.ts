// An assignment read against the catalogue and one learner's progress: which items still exist,
// how far the learner is with each, and the receipt they hand in. Pure: completion rules come from
// learning.ts (moduleStatus), ids from the catalogue, progress from the store; no DOM.
import type { Assignment, AssignmentItem, ItemKind } from './assignment.ts';
import type { Catalogue, CatalogueLesson, CatalogueModule, CatalogueTrack } from '../catalogue.ts';
import { formatDate, moduleStatus } from '../learning.ts';
import type { Progress } from '../progress.ts';

export interface ResolvedItem {
  item: AssignmentItem;
  /** False when the id is not in this site's catalogue (the content changed, or the link was edited). */
  available: boolean;
  title?: string;
  url?: string;
  module?: CatalogueModule;
  lesson?: CatalogueLesson;
  track?: CatalogueTrack;
}

export const KIND_LABELS: Record<ItemKind, string> = { module: 'Module', lesson: 'Lesson', quiz: 'Quiz', capstone: 'Capstone' };

/** What an item is called on the page: its kind, except that an elective's "capstone" item is its pair project. */
export const itemLabel = (r: ResolvedItem) => (r.item.kind === 'capstone' && r.track ? r.track.capstone.label : KIND_LABELS[r.item.kind]);

/** Each item of the assignment, in order, with what the catalogue knows about it. */
export function resolveItems(assignment: Assignment, catalogue: Catalogue): ResolvedItem[] {
  const modules = new Map<string, { module: CatalogueModule; track: CatalogueTrack }>();
  const lessons = new Map<string, { lesson: CatalogueLesson; module: CatalogueModule }>();
  const capstones = new Map<string, CatalogueTrack>();
  for (const track of catalogue.tracks) {
    capstones.set(track.capstone.id, track);
    for (const module of track.modules) {
      modules.set(module.id, { module, track });
      for (const lesson of module.lessons) lessons.set(lesson.id, { lesson, module });
    }
  }
  return assignment.items.map((item): ResolvedItem => {
    if (item.kind === 'module' && modules.has(item.id)) {
      const { module, track } = modules.get(item.id)!;
      return { item, available: true, title: module.title, url: module.url, module, track };
    }
    if (item.kind === 'lesson' && lessons.has(item.id)) {
      const { lesson, module } = lessons.get(item.id)!;
      return { item, available: true, title: lesson.title, url: lesson.url, lesson, module };
    }
    if (item.kind === 'quiz' && modules.get(item.id)?.module.quiz) {
      const { module, track } = modules.get(item.id)!;
      return { item, available: true, title: `${module.title}: module quiz`, url: module.quiz!.url, module, track };
    }
    if (item.kind === 'capstone' && capstones.has(item.id)) {
      const track = capstones.get(item.id)!;
      return { item, available: true, title: track.capstone.title, url: track.capstone.url, track };
    }
    return { item, available: false };
  });
}

export type ItemState = 'done' | 'started' | 'not-started' | 'unavailable';

export interface ItemStatus {
  state: ItemState;
  /** One line for the learner, e.g. "3 of 4 lessons done · quiz best 80 % (needs 70 %)". */
  text: string;
  /** ISO date-time it was completed (a quiz: its last attempt). */
  completed?: string;
  quizBest?: number;
  /** The pass mark that applied. */
  passMark?: number;
}

/** The module as this assignment grades it: its quiz needs the assignment's pass mark when one is set. */
const graded = (module: CatalogueModule, passMark?: number): CatalogueModule =>
  passMark !== undefined && module.quiz ? { ...module, quiz: { ...module.quiz, passMark } } : module;

export function itemStatus(resolved: ResolvedItem, progress: Progress, passMark?: number): ItemStatus {
  if (!resolved.available) return { state: 'unavailable', text: 'No longer available on this site' };
  const { item } = resolved;
  if (item.kind === 'lesson') {
    const done = progress.lessons[item.id];
    return done
      ? { state: 'done', text: `Completed ${formatDate(done.completed)}`, completed: done.completed }
      : { state: 'not-started', text: 'Not completed yet' };
  }
  if (item.kind === 'capstone') {
    const done = progress.capstones[item.id];
    return done
      ? { state: 'done', text: `Marked complete ${formatDate(done.completed)}`, completed: done.completed }
      : { state: 'not-started', text: 'Not marked complete yet' };
  }
  const module = graded(resolved.module!, passMark);
  if (item.kind === 'quiz') {
    const quiz = module.quiz!;
    const record = progress.quizzes[quiz.id];
    if (!record) return { state: 'not-started', text: `Not attempted yet · pass mark ${quiz.passMark} %`, passMark: quiz.passMark };
    const passed = record.best >= quiz.passMark;
    return {
      state: passed ? 'done' : 'started',
      text: `Best score ${record.best} % · pass mark ${quiz.passMark} %${passed ? ' · passed' : ''}`,
      ...(passed && { completed: record.updated }),
      quizBest: record.best,
      passMark: quiz.passMark,
    };
  }
  const status = moduleStatus(module, progress);
  const parts = [`${status.lessonsDone} of ${status.lessonsTotal} lessons done`];
  if (module.quiz)
    parts.push(
      status.quizBest === undefined
        ? `quiz not attempted (pass mark ${module.quiz.passMark} %)`
        : `quiz best ${status.quizBest} % (pass mark ${module.quiz.passMark} %)`,
    );
  const started = status.lessonsDone > 0 || status.quizBest !== undefined;
  return {
    state: status.complete ? 'done' : started ? 'started' : 'not-started',
    text: parts.join(' · '),
    ...(status.completedOn && { completed: status.completedOn }),
    ...(status.quizBest !== undefined && { quizBest: status.quizBest }),
    ...(module.quiz && { passMark: module.quiz.passMark }),
  };
}

export interface AssignmentSummary {
  done: number;
  /** Items still on the site. */
  total: number;
  unavailable: number;
}

export function summarise(statuses: ItemStatus[]): AssignmentSummary {
  return {
    done: statuses.filter((s) => s.state === 'done').length,
    total: statuses.filter((s) => s.state !== 'unavailable').length,
    unavailable: statuses.filter((s) => s.state === 'unavailable').length,
  };
}

// ---- the receipt ----
export const RECEIPT_NOTICE =
  'Self-reported: this receipt lists what this browser recorded. Converge has no accounts and does not proctor work, so it shows progress the learner reports, not proof of who did it. The fingerprint only shows whether the file was edited after export; anyone can make a new receipt with a new fingerprint.';

export interface ReceiptItem {
  kind: ItemKind;
  id: string;
  title?: string;
  state: ItemState;
  completed?: string;
  quizBest?: number;
  passMark?: number;
}

export interface Receipt {
  app: 'converge';
  kind: 'assignment-receipt';
  version: 1;
  selfReported: true;
  notice: string;
  /** ISO date-time of export. */
  exported: string;
  learner?: string;
  assignment: { id: string; title: string; start?: string; due?: string; passMark?: number; token: string };
  items: ReceiptItem[];
  summary: AssignmentSummary;
  /** SHA-256 of everything else in the file, shortened: see `fingerprint`. */
  fingerprint?: string;
}

/** The receipt's content, without its fingerprint. */
export function buildReceipt(
  input: { id: string; token: string; assignment: Assignment; resolved: ResolvedItem[]; progress: Progress },
  now = new Date(),
): Receipt {
  const { assignment, resolved, progress } = input;
  const statuses = resolved.map((r) => itemStatus(r, progress, assignment.passMark));
  return {
    app: 'converge',
    kind: 'assignment-receipt',
    version: 1,
    selfReported: true,
    notice: RECEIPT_NOTICE,
    exported: now.toISOString(),
    ...(progress.learnerName && { learner: progress.learnerName }),
    assignment: {
      id: input.id,
      title: assignment.title,
      ...(assignment.start && { start: assignment.start }),
      ...(assignment.due && { due: assignment.due }),
      ...(assignment.passMark !== undefined && { passMark: assignment.passMark }),
      token: input.token,
    },
    items: resolved.map((r, i) => {
      const s = statuses[i]!;
      return {
        kind: r.item.kind,
        id: r.item.id,
        ...(r.title && { title: r.title }),
        state: s.state,
        ...(s.completed && { completed: s.completed }),
        ...(s.quizBest !== undefined && { quizBest: s.quizBest }),
        ...(s.passMark !== undefined && { passMark: s.passMark }),
      };
    }),
    summary: summarise(statuses),
  };
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The first 80 bits of the SHA-256 of the receipt's canonical JSON (fingerprint field left out), as
 * five groups of four hex digits. It changes when any field changes; it is not a signature.
 */
export async function fingerprint(receipt: Receipt): Promise<string> {
  const { fingerprint: _, ...content } = receipt;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, 20).replace(/(.{4})(?!$)/g, '$1-');
}

/** The receipt file a learner downloads: the receipt with its fingerprint. */
export async function receiptFile(receipt: Receipt): Promise<string> {
  return JSON.stringify({ ...receipt, fingerprint: await fingerprint(receipt) }, null, 2);
}

export type ReceiptCheck = { ok: true; receipt: Receipt; matches: boolean; expected: string } | { ok: false; error: string };

/** An instructor's check of a receipt file: is it one, and does its fingerprint match its content? */
export async function checkReceipt(text: string): Promise<ReceiptCheck> {
  if (text.length > 1_000_000) return { ok: false, error: 'This file is too large to be a Converge receipt.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This is not valid JSON, so it is not a Converge receipt file.' };
  }
  const r = data as Partial<Receipt> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    r.app !== 'converge' ||
    r.kind !== 'assignment-receipt' ||
    typeof r.fingerprint !== 'string' ||
    !r.assignment ||
    typeof r.assignment.title !== 'string' ||
    typeof r.exported !== 'string' ||
    !Array.isArray(r.items)
  )
    return { ok: false, error: 'This file is not a receipt exported from a Converge assignment page.' };
  const receipt = r as Receipt;
  const expected = await fingerprint(receipt);
  return { ok: true, receipt, matches: expected === receipt.fingerprint, expected };
}
