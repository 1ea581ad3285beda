/**
 * The curriculum graph: turns the raw content collections into one validated graph of
 * tracks → pairs → modules → lessons (plus capstones, electives and their projects) that every page reads.
 *
 * Pure: it takes plain entries (id, file path, data, body) and returns objects, or throws a
 * CurriculumError whose message lists every problem found, one per line, each naming the file
 * and the field. Astro calls it at build time (src/lib/graph/site.ts), so bad content fails the build.
 * The build runs in named phases (curriculum-phases.ts); quizzes (quizzes.ts) and the glossary
 * (glossary.ts) are graphs of their own, placed on this one.
 */
import type {
  CapstoneData,
  ElectiveData,
  LessonData,
  ModuleData,
  PairInfo,
  ProjectData,
  Question,
  TrackData,
} from '../../schemas/index.ts';
import type { RunnableFence } from './fences.ts';
import type { RawEntry } from './content-entries.ts';
import { buildGlossary, glossaryUrl, type GlossaryTerm } from './glossary.ts';
import { buildQuizzes } from './quizzes.ts';
import {
  checkBodies,
  formPairs,
  linkElectives,
  linkModulesAndPartners,
  linkTracksAndCapstones,
  orderSequence,
  parseCollections,
  placeLessons,
} from './curriculum-phases.ts';

export type { GlossaryTerm } from './glossary.ts';
export type { RawEntry } from './content-entries.ts';
export * from './urls.ts';
export { fenceLanguages, internalLinks, routeOf } from './links.ts';
export { quickCheckIds } from './quizzes.ts';

export interface CurriculumInput {
  tracks: RawEntry[];
  modules: RawEntry[];
  lessons: RawEntry[];
  capstones: RawEntry[];
  /** Elective pairs (content/electives/), each one pair taken after a core track. */
  electives?: RawEntry[];
  /** Elective pairs' projects (content/projects/), one per elective. */
  projects?: RawEntry[];
  /** Quiz files, one per module, named by the module id. */
  quizzes?: RawEntry[];
  /** Glossary term files, one per term, named by the term id. */
  glossary?: RawEntry[];
}

export interface BuildOptions {
  /** Each lesson's headings (by file path): anchor → heading text. Quiz links to sections are checked against them. */
  anchors?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Site pages that are not generated from content (e.g. "/", "/curriculum/"); links may point to them. */
  staticRoutes?: Iterable<string>;
  /** Languages the highlighter knows; a fenced block in any other fails. Unchecked when absent. */
  codeLanguages?: ReadonlySet<string>;
  /** How many complete pairs a track must have. */
  pairsPerTrack?: number;
}

interface TrackBase {
  id: string;
  filePath: string;
  url: string;
  /** How the site names it: "Year 1", or "Elective E1". */
  label: string;
  pairs: Pair[];
  /** Modules in study order: pair by pair, marketing before systems. */
  modules: Module[];
  /** A core year's capstone, or an elective's pair project. */
  capstone: Capstone;
  /** Study hours of its modules and capstone. */
  hours: number;
}

/** A core year of the program: three pairs and a capstone. */
export interface CoreTrack extends TrackBase {
  kind: 'core';
  data: TrackData;
}

/** An elective pair: one pair and its project, taken after the core track it names. */
export interface ElectiveTrack extends TrackBase {
  kind: 'elective';
  data: ElectiveData;
  prerequisite: CoreTrack;
}

/** Where a module belongs: a core year or an elective pair. */
export type Track = CoreTrack | ElectiveTrack;

export interface Pair {
  order: number;
  info: PairInfo;
  track: Track;
  marketing: Module;
  systems: Module;
}

export interface Module {
  id: string;
  filePath: string;
  url: string;
  data: ModuleData;
  track: Track;
  pair: Pair;
  partner: Module;
  lessons: Lesson[];
  quiz?: Quiz;
}

/** A question placed in the curriculum: its module, and the lesson section that teaches it. */
export interface PlacedQuestion {
  question: Question;
  /** The quiz file it comes from. */
  filePath: string;
  module: Module;
  /** Where it is taught: URL with #anchor, and "Lesson title › Section" (or the lesson title). */
  teaches: { url: string; label: string };
  /** For a quick check: the lesson that embeds it. */
  lesson?: Lesson;
}

export interface Quiz {
  id: string;
  filePath: string;
  url: string;
  title: string;
  passMark: number;
  partialCredit: boolean;
  module: Module;
  questions: PlacedQuestion[];
}

export interface Lesson {
  id: string;
  slug: string;
  filePath: string;
  url: string;
  data: LessonData;
  body: string;
  module: Module;
  /** 1-based place in its module. */
  position: number;
  /** The previous and next lesson in the whole program's study order, across module and track boundaries. */
  previous?: Lesson;
  next?: Lesson;
  /** The partner module's lesson of the same order. */
  partnerLesson?: Lesson;
  /** Quick checks it embeds, in the order they appear. */
  checks: PlacedQuestion[];
  /** Its runnable code blocks (```sql run, ```ts run), in order; the page ships the run controls only if there are any. */
  runnable: RunnableFence[];
}

export interface Capstone {
  /** A core year's capstone, or an elective's (smaller) pair project. */
  kind: 'capstone' | 'project';
  id: string;
  filePath: string;
  url: string;
  /** "Capstone" or "Pair project". */
  label: string;
  data: CapstoneData | ProjectData;
  body: string;
  track: Track;
}

export interface Curriculum {
  /** The core years, in order. */
  tracks: CoreTrack[];
  /** The elective pairs, by code (E1, E2 …). */
  electives: ElectiveTrack[];
  modules: Map<string, Module>;
  lessons: Map<string, Lesson>;
  /** Capstones and pair projects, by id (one id space: progress and assignment links name either). */
  capstones: Map<string, Capstone>;
  quizzes: Map<string, Quiz>;
  /** Every question, module quizzes and quick checks, by id. */
  questions: Map<string, PlacedQuestion>;
  /** Every lesson in study order: the core years, then each elective. */
  sequence: Lesson[];
  /** Glossary terms by id, sorted A–Z by display name. */
  glossary: Map<string, GlossaryTerm<Lesson>>;
  /** Every page the graph generates, plus the static routes it was given. */
  routes: Set<string>;
}

/** The core years in order, then the elective pairs: everything a learner can study and an instructor assign. */
export const allTracks = (curriculum: Pick<Curriculum, 'tracks' | 'electives'>): Track[] => [...curriculum.tracks, ...curriculum.electives];

/** Thrown when content is wrong; `problems` holds one line per problem. */
export class CurriculumError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The curriculum has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'CurriculumError';
    this.problems = problems;
  }
}

/** Builds the validated graph, or throws a CurriculumError naming every bad file and field. */
export function buildCurriculum(input: CurriculumInput, options: BuildOptions = {}): Curriculum {
  const problems: string[] = [];
  const parsed = parseCollections(input, problems);
  const { tracks, capstones } = linkTracksAndCapstones(parsed, problems);
  const electives = linkElectives(parsed, tracks, capstones, problems);
  const { modules, slots } = linkModulesAndPartners(parsed, tracks, electives, problems);
  const lessons = placeLessons(parsed, modules, problems);
  formPairs(tracks, electives, modules, slots, options.pairsPerTrack ?? 3, problems);
  const { sortedTracks, sortedElectives, sequence } = orderSequence(tracks, electives, problems);
  const { quizzes, questions } = buildQuizzes(input.quizzes ?? [], modules, options, problems);
  const glossary = linkGlossary(input.glossary ?? [], lessons, sequence, capstones, electives, problems);

  const routes = new Set<string>(options.staticRoutes ?? []);
  if (glossary.size) routes.add(glossaryUrl);
  for (const term of glossary.values()) routes.add(term.url);
  for (const t of [...tracks.values(), ...electives.values()]) routes.add(t.url);
  for (const c of capstones.values()) if (c.url) routes.add(c.url);
  for (const m of modules.values()) routes.add(m.url);
  for (const l of lessons.values()) routes.add(l.url);
  for (const q of quizzes.values()) routes.add(q.url);
  checkBodies(lessons, capstones, routes, options, problems);

  if (problems.length) throw new CurriculumError(problems);
  return { tracks: sortedTracks, electives: sortedElectives, modules, lessons, capstones, quizzes, questions, sequence, glossary, routes };
}

/** The glossary, sorted A–Z, with the electives its terms name checked. */
function linkGlossary(
  entries: RawEntry[],
  lessons: Map<string, Lesson>,
  sequence: Lesson[],
  capstones: Map<string, Capstone>,
  electives: ReadonlyMap<string, ElectiveTrack>,
  problems: string[],
) {
  const glossary = buildGlossary(entries, lessons, [...sequence, ...capstones.values()], problems);
  for (const term of glossary.values()) {
    for (const id of term.data.electives)
      if (!electives.has(id)) problems.push(`${term.filePath}: field "electives" names "${id}", but no elective has that id`);
  }
  return new Map([...glossary.entries()].sort(([, a], [, b]) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })));
}
