// The catalogue: a small, JSON-safe summary of the curriculum graph that pages embed for the browser
// code that shows progress ("My learning", the map, certificates). Built at build time from the
// graph, so the browser never re-derives the curriculum. Pure: links are made by the caller's `link`.
import type { Curriculum, Module, Track } from './graph/curriculum.ts';
import { plainText, scriptJson } from './markdown.ts';

export interface CatalogueLesson {
  id: string;
  title: string;
  url: string;
  minutes: number;
}

export interface CatalogueModule {
  id: string;
  title: string;
  kind: 'marketing' | 'systems';
  url: string;
  hours: number;
  lessons: CatalogueLesson[];
  /** Ids of the quick checks in its lessons (stored as "check:<id>"). */
  checks: string[];
  quiz?: { id: string; url: string; passMark: number; questions: number };
}

export interface CatalogueTrack {
  id: string;
  /** A core year, or an elective pair. */
  kind: 'core' | 'elective';
  /** "Year 1" or "Elective E1". */
  label: string;
  title: string;
  url: string;
  /** The year's capstone, or the elective's pair project. */
  capstone: { id: string; title: string; url: string; label: string };
  modules: CatalogueModule[];
}

/** A question, for the review queue: where it is asked and where it is taught. */
export interface CatalogueQuestion {
  /** Plain text of the question, shortened. */
  prompt: string;
  /** The question on its page: the module quiz, or the lesson that embeds the quick check. */
  url: string;
  /** "Module quiz" or the lesson's title. */
  where: string;
  moduleTitle: string;
  teaches: { url: string; label: string };
}

export interface Catalogue {
  /** The core years in order, then the elective pairs. */
  tracks: CatalogueTrack[];
  /** Every question by id; only on pages that list missed questions. */
  questions?: Record<string, CatalogueQuestion>;
}

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

function moduleEntry(module: Module, link: (path: string) => string): CatalogueModule {
  return {
    id: module.id,
    title: module.data.title,
    kind: module.data.kind,
    url: link(module.url),
    hours: module.data.hours,
    lessons: module.lessons.map((l) => ({ id: l.id, title: l.data.title, url: link(l.url), minutes: l.data.minutes })),
    checks: module.lessons.flatMap((l) => l.checks.map((c) => c.question.id)),
    ...(module.quiz && {
      quiz: { id: module.quiz.id, url: link(module.quiz.url), passMark: module.quiz.passMark, questions: module.quiz.questions.length },
    }),
  };
}

function trackEntry(track: Track, link: (path: string) => string): CatalogueTrack {
  return {
    id: track.id,
    kind: track.kind,
    label: track.label,
    title: track.data.title,
    url: link(track.url),
    capstone: { id: track.capstone.id, title: track.capstone.data.title, url: link(track.capstone.url), label: track.capstone.label },
    modules: track.modules.map((m) => moduleEntry(m, link)),
  };
}

/** The catalogue of the whole curriculum; with `questions`, also every question for the review queue. */
export function catalogueOf(curriculum: Curriculum, link: (path: string) => string, options: { questions?: boolean } = {}): Catalogue {
  // The years, then the electives (spelt out, not allTracks: browser code imports this module, and must not pull in the graph).
  const catalogue: Catalogue = { tracks: [...curriculum.tracks, ...curriculum.electives].map((t) => trackEntry(t, link)) };
  if (options.questions) {
    catalogue.questions = {};
    for (const [id, placed] of curriculum.questions) {
      const onPage = placed.lesson ? placed.lesson.url : placed.module.quiz!.url;
      catalogue.questions[id] = {
        prompt: shorten(plainText(placed.question.stem).replace(/\s+/g, ' ').trim(), 160),
        url: `${link(onPage)}#question-${id}`,
        where: placed.lesson ? placed.lesson.data.title : 'Module quiz',
        moduleTitle: placed.module.data.title,
        teaches: { url: link(placed.teaches.url), label: placed.teaches.label },
      };
    }
  }
  return catalogue;
}

/** The catalogue as JSON safe to put inside a <script type="application/json"> element. */
export const catalogueJson = (catalogue: Catalogue) => scriptJson(catalogue);
