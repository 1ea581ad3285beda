// Routes through the curriculum for each audience, and each common bond followed across tracks.
// Pure: computed from the graph (src/lib/graph/curriculum.ts), so a new module or lesson changes the
// routes without anyone editing a page.
import { allTracks, type Curriculum, type Lesson, type Module, type Track } from './graph/curriculum.ts';
import type { Bond } from '../schemas/bonds.ts';

/** Minutes to hours, to the nearest half hour (at least half an hour for anything non-zero). */
export const toHours = (minutes: number) => (minutes <= 0 ? 0 : Math.max(0.5, Math.round(minutes / 30) / 2));

/** A lesson's bonds: its own when it names them, else its module's. */
export const lessonBonds = (lesson: Lesson): readonly Bond[] => lesson.data.bonds ?? lesson.module.data.bonds;

/** Minutes to allow for a module quiz: one per question. */
export const quizMinutes = (module: Module) => module.quiz?.questions.length ?? 0;

// --- Student: the whole program, year by year, pair by pair -------------------------------------

export interface StudentYear {
  track: Track;
  /** Each pair with its two modules, studied side by side. */
  pairs: { title: string; modules: Module[]; hours: number }[];
  hours: number;
}

/** The core years in order, then the electives a student can add after the year each builds on. */
export function studentRoute(curriculum: Curriculum): StudentYear[] {
  return allTracks(curriculum).map((track) => ({
    track,
    pairs: track.pairs.map((pair) => ({
      title: pair.info.title,
      modules: [pair.marketing, pair.systems],
      hours: pair.marketing.data.hours + pair.systems.data.hours,
    })),
    hours: track.hours,
  }));
}

// --- Marketer studying alone: the systems modules a martech leader needs most ----------------

/**
 * The bonds a marketing-technology leader answers for in the boardroom: what the money buys
 * (sales), whether the numbers are right (analytics) and what could go wrong (grc).
 */
export const LEADERSHIP_BONDS: readonly Bond[] = ['sales', 'analytics', 'grc'];

export interface SelfStudyModule {
  module: Module;
  /** The leadership bonds it serves. */
  bonds: Bond[];
  /** Its lessons, each a short session. */
  lessons: Lesson[];
  lessonMinutes: number;
  quizMinutes: number;
}

export interface SelfStudyRoute {
  modules: SelfStudyModule[];
  /** Systems modules left out, for the page to name. */
  skipped: Module[];
  minutes: number;
  hours: number;
  /** The longest lesson on the route, in minutes. */
  longestLesson: number;
}

/**
 * The systems modules that serve at least `minBonds` of the leadership bonds, in study order,
 * with reading time counted from the lessons (not the module's full study hours, which include
 * assignments a self-taught reader may skip).
 */
export function selfStudyRoute(curriculum: Curriculum, minBonds = 2): SelfStudyRoute {
  const systems = allTracks(curriculum).flatMap((t) => t.modules.filter((m) => m.data.kind === 'systems'));
  const modules: SelfStudyModule[] = [];
  const skipped: Module[] = [];
  for (const module of systems) {
    const bonds = LEADERSHIP_BONDS.filter((b) => module.data.bonds.includes(b));
    if (bonds.length < minBonds) {
      skipped.push(module);
      continue;
    }
    const lessonMinutes = module.lessons.reduce((sum, l) => sum + l.data.minutes, 0);
    modules.push({ module, bonds, lessons: module.lessons, lessonMinutes, quizMinutes: quizMinutes(module) });
  }
  const minutes = modules.reduce((sum, m) => sum + m.lessonMinutes + m.quizMinutes, 0);
  const longestLesson = Math.max(0, ...modules.flatMap((m) => m.lessons.map((l) => l.data.minutes)));
  return { modules, skipped, minutes, hours: toHours(minutes), longestLesson };
}

// --- Instructor: what each module gives a class ------------------------------------------------

export interface TeachingRow {
  module: Module;
  lessons: number;
  quizQuestions: number;
  quickChecks: number;
  discussionPrompts: number;
}

export interface TeachingYear {
  track: Track;
  rows: TeachingRow[];
  rubricCriteria: number;
}

export function teachingPlan(curriculum: Curriculum): TeachingYear[] {
  return allTracks(curriculum).map((track) => ({
    track,
    rows: track.modules.map((module) => ({
      module,
      lessons: module.lessons.length,
      quizQuestions: module.quiz?.questions.length ?? 0,
      quickChecks: module.lessons.reduce((n, l) => n + l.checks.length, 0),
      discussionPrompts: module.data.instructorNotes.discussion.length,
    })),
    rubricCriteria: track.capstone?.data.rubric.length ?? 0,
  }));
}

// --- A common bond across every track ---------------------------------------------------------

export interface BondYear {
  track: Track;
  /** Modules that serve the bond, or have lessons that do, each with those lessons. */
  modules: { module: Module; lessons: Lesson[] }[];
  /** Whether the year's capstone serves it. */
  capstone: boolean;
}

export interface BondRoute {
  bond: Bond;
  years: BondYear[];
  lessons: number;
  minutes: number;
  marketing: number;
  systems: number;
}

export function bondRoute(curriculum: Curriculum, bond: Bond): BondRoute {
  const years = allTracks(curriculum)
    .map((track) => ({
      track,
      modules: track.modules
        .map((module) => ({ module, lessons: module.lessons.filter((l) => lessonBonds(l).includes(bond)) }))
        .filter(({ module, lessons }) => lessons.length > 0 || module.data.bonds.includes(bond)),
      capstone: Boolean(track.capstone?.data.bonds.includes(bond)),
    }))
    .filter((y) => y.modules.length > 0 || y.capstone);
  const all = years.flatMap((y) => y.modules.flatMap((m) => m.lessons));
  const count = (kind: string) => all.filter((l) => l.module.data.kind === kind).length;
  return {
    bond,
    years,
    lessons: all.length,
    minutes: all.reduce((sum, l) => sum + l.data.minutes, 0),
    marketing: count('marketing'),
    systems: count('systems'),
  };
}
