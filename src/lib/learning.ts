// What the learner has done, read against the catalogue: module and track status, time studied,
// the review queue of missed questions, the certificate record and what a reset forgets.
// Pure: takes the catalogue (catalogue.ts) and the stored progress (progress.ts); no DOM.
import type { Catalogue, CatalogueModule, CatalogueQuestion, CatalogueTrack } from './catalogue.ts';
import type { Progress } from './progress.ts';

export interface ModuleStatus {
  lessonsDone: number;
  lessonsTotal: number;
  /** Best quiz score in percent; undefined when never attempted or when there is no quiz. */
  quizBest?: number;
  quizPassed: boolean;
  complete: boolean;
  /** Minutes of the lessons completed. */
  minutesDone: number;
  /** When it became complete: the latest of its lesson completions and quiz attempt. */
  completedOn?: string;
}

const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .reduce<string | undefined>((a, b) => (!a || Date.parse(b) > Date.parse(a) ? b : a), undefined);

export function moduleStatus(module: CatalogueModule, progress: Progress): ModuleStatus {
  const done = module.lessons.filter((l) => progress.lessons[l.id]);
  const record = module.quiz ? progress.quizzes[module.quiz.id] : undefined;
  const quizPassed = module.quiz ? (record?.best ?? 0) >= module.quiz.passMark : true;
  const complete = done.length === module.lessons.length && quizPassed;
  return {
    lessonsDone: done.length,
    lessonsTotal: module.lessons.length,
    ...(record && { quizBest: record.best }),
    quizPassed: Boolean(module.quiz) && quizPassed,
    complete,
    minutesDone: done.reduce((n, l) => n + l.minutes, 0),
    ...(complete && { completedOn: latest([...done.map((l) => progress.lessons[l.id]!.completed), record?.updated]) }),
  };
}

export interface TrackStatus {
  modules: { module: CatalogueModule; status: ModuleStatus }[];
  modulesDone: number;
  capstoneDone: boolean;
  /** Steps for a progress bar: each module, then the capstone. */
  steps: { done: number; total: number };
  complete: boolean;
  completedOn?: string;
  minutesDone: number;
}

export function trackStatus(track: CatalogueTrack, progress: Progress): TrackStatus {
  const modules = track.modules.map((module) => ({ module, status: moduleStatus(module, progress) }));
  const modulesDone = modules.filter((m) => m.status.complete).length;
  const capstone = progress.capstones[track.capstone.id];
  const complete = modulesDone === modules.length && Boolean(capstone);
  return {
    modules,
    modulesDone,
    capstoneDone: Boolean(capstone),
    steps: { done: modulesDone + (capstone ? 1 : 0), total: modules.length + 1 },
    complete,
    ...(complete && { completedOn: latest([...modules.map((m) => m.status.completedOn), capstone?.completed]) }),
    minutesDone: modules.reduce((n, m) => n + m.status.minutesDone, 0),
  };
}

/** "about 2 h 15 min", "25 min", "nothing yet", from minutes. */
export function formatMinutes(minutes: number): string {
  if (minutes <= 0) return 'nothing yet';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export interface ReviewItem {
  id: string;
  question: CatalogueQuestion;
  /** When it was last missed. */
  missedOn: string;
  /** When it is next due in the daily review; absent when it has no review schedule (missed before reviews existed). */
  due?: string;
}

/**
 * Every question missed in the last attempt of its quiz or quick check, across the curriculum: those
 * with a review schedule by due date, soonest first, then the rest most recently missed first.
 * Questions no longer in the catalogue are left out (the content changed).
 */
export function reviewQueue(catalogue: Catalogue, progress: Progress): ReviewItem[] {
  const items: ReviewItem[] = [];
  const seen = new Set<string>();
  for (const record of Object.values(progress.quizzes)) {
    for (const id of record.missed) {
      const question = catalogue.questions?.[id];
      if (!question || seen.has(id)) continue;
      seen.add(id);
      const due = progress.reviews[id]?.due;
      items.push({ id, question, missedOn: record.updated, ...(due && { due }) });
    }
  }
  const dueAt = (i: ReviewItem) => (i.due ? Date.parse(i.due) : Infinity);
  return items.sort((a, b) => dueAt(a) - dueAt(b) || Date.parse(b.missedOn) - Date.parse(a.missedOn) || a.id.localeCompare(b.id));
}

/** What resetting a module or a track forgets: its lessons, quiz, quick checks and (for a track) capstone. */
export function resetIds(
  catalogue: Catalogue,
  scope: { module: string } | { track: string },
): { lessons: string[]; quizzes: string[]; capstones: string[] } {
  const tracks = 'track' in scope ? catalogue.tracks.filter((t) => t.id === scope.track) : catalogue.tracks;
  const modules = tracks.flatMap((t) => t.modules).filter((m) => 'track' in scope || m.id === scope.module);
  return {
    lessons: modules.flatMap((m) => m.lessons.map((l) => l.id)),
    quizzes: modules.flatMap((m) => [...(m.quiz ? [m.quiz.id] : []), ...m.checks.map((id) => `check:${id}`)]),
    capstones: 'track' in scope ? tracks.map((t) => t.capstone.id) : [],
  };
}

export interface Certificate {
  name?: string;
  track: CatalogueTrack;
  status: TrackStatus;
}

/** The record a certificate page prints; null until the track is complete. */
export function certificate(track: CatalogueTrack, progress: Progress): Certificate | null {
  const status = trackStatus(track, progress);
  if (!status.complete) return null;
  return { ...(progress.learnerName && { name: progress.learnerName }), track, status };
}

/** A date as the learner reads it, e.g. "23 November 2026" (fixed locale so print matches tests). */
export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
