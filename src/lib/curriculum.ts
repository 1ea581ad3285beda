/**
 * The curriculum graph: turns the raw content collections into one validated graph of
 * tracks → pairs → modules → lessons (plus capstones) that every page reads.
 *
 * Pure: it takes plain entries (id, file path, data, body) and returns objects, or throws a
 * CurriculumError whose message lists every problem found, one per line, each naming the file
 * and the field. Astro calls it at build time (src/lib/site.ts), so bad content fails the build.
 */
import { z } from 'astro/zod';
import {
  CapstoneSchema,
  ElectiveSchema,
  LessonSchema,
  ModuleSchema,
  ProjectSchema,
  TrackSchema,
  type CapstoneData,
  type ElectiveData,
  type ProjectData,
  type LessonData,
  type ModuleData,
  type PairInfo,
  type TrackData,
  QuizFileSchema,
  type Question,
  type QuizFileData,
} from '../schemas/index.ts';
import { runnableFences, scanFences, stripFences, type RunnableFence } from './fences.ts';
import { RUNNABLE_LANGS, isRunnableLang } from './runnable.ts';
import { buildGlossary, glossaryUrl, type GlossaryTerm } from './glossary.ts';

export type { GlossaryTerm } from './glossary.ts';

/** An entry as a content loader gives it: data not yet trusted. */
export interface RawEntry {
  id: string;
  /** Path of the source file, relative to the project root. */
  filePath: string;
  data: unknown;
  body?: string;
}

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

export const trackUrl = (id: string) => `/tracks/${id}/`;
export const capstoneUrl = (trackId: string) => `/tracks/${trackId}/capstone/`;
export const electiveUrl = (id: string) => `/electives/${id}/`;
export const projectUrl = (electiveId: string) => `/electives/${electiveId}/project/`;
/** A track's or elective's record of study. */
export const certificateUrl = (track: Pick<Track, 'url'>) => `${track.url}certificate/`;
export const moduleUrl = (id: string) => `/modules/${id}/`;
export const lessonUrl = (moduleId: string, slug: string) => `/modules/${moduleId}/${slug}/`;
export const quizUrl = (moduleId: string) => `/modules/${moduleId}/quiz/`;

const baseName = (path: string) =>
  path
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
const folderName = (path: string) => path.replace(/\\/g, '/').split('/').slice(-2, -1)[0] ?? '';

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(frontmatter)';
}

/** Parses each entry with its schema; a failure becomes one problem line per field. */
function parseAll<T>(entries: RawEntry[], schema: z.ZodType<T>, problems: string[]) {
  const parsed: { entry: RawEntry; data: T }[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.data);
    if (result.success) parsed.push({ entry, data: result.data });
    else for (const issue of result.error.issues) problems.push(`${entry.filePath}: field "${fieldName(issue.path)}" ${issue.message}`);
  }
  return parsed;
}

/** Normalises an internal link to the route form the graph keeps: no query or fragment, trailing slash. */
export function routeOf(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  if (path === '') return '';
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

/** The body without fenced code blocks or inline code, whose URLs are examples, not links. */
function withoutCode(body: string): string {
  return stripFences(body).replace(/`[^`\n]*`/g, '');
}

/** Internal (site-absolute) links in a Markdown/MDX body, from Markdown links and href attributes; code is skipped. */
export function internalLinks(source: string): string[] {
  const body = withoutCode(source);
  const links = new Set<string>();
  for (const m of body.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)) links.add(m[1]!);
  for (const m of body.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(m[1]!);
  return [...links].filter((href) => !href.startsWith('//'));
}

/** Languages of the fenced code blocks in a body. */
export function fenceLanguages(body: string): string[] {
  return [...scanFences(body)].flatMap(({ opensLang }) => (opensLang === undefined ? [] : [opensLang]));
}

/** Builds the validated graph, or throws a CurriculumError naming every bad file and field. */
export function buildCurriculum(input: CurriculumInput, options: BuildOptions = {}): Curriculum {
  const problems: string[] = [];
  const pairsPerTrack = options.pairsPerTrack ?? 3;

  const trackEntries = parseAll(input.tracks, TrackSchema, problems);
  const moduleEntries = parseAll(input.modules, ModuleSchema, problems);
  const lessonEntries = parseAll(input.lessons, LessonSchema, problems);
  const capstoneEntries = parseAll(input.capstones, CapstoneSchema, problems);
  const electiveEntries = parseAll(input.electives ?? [], ElectiveSchema, problems);
  const projectEntries = parseAll(input.projects ?? [], ProjectSchema, problems);

  // Nodes first, links after, so that every reference can be checked against the whole set.
  const tracks = new Map<string, CoreTrack>();
  for (const { entry, data } of trackEntries) {
    tracks.set(entry.id, {
      kind: 'core',
      id: entry.id,
      filePath: entry.filePath,
      url: trackUrl(entry.id),
      label: `Year ${data.year}`,
      data,
      pairs: [],
      modules: [],
      capstone: undefined!,
      hours: 0,
    });
  }
  const capstones = new Map<string, Capstone>();
  for (const { entry, data } of capstoneEntries) {
    capstones.set(entry.id, {
      kind: 'capstone',
      id: entry.id,
      filePath: entry.filePath,
      url: '',
      label: 'Capstone',
      data,
      body: entry.body ?? '',
      track: undefined!,
    });
  }

  const modules = new Map<string, Module>();
  for (const { entry, data } of moduleEntries) {
    modules.set(entry.id, {
      id: entry.id,
      filePath: entry.filePath,
      url: moduleUrl(entry.id),
      data,
      track: undefined!,
      pair: undefined!,
      partner: undefined!,
      lessons: [],
    });
  }

  for (const track of tracks.values()) {
    const capstone = capstones.get(track.data.capstone);
    const capstoneTrack = capstone && 'track' in capstone.data ? capstone.data.track : undefined;
    if (!capstone) problems.push(`${track.filePath}: field "capstone" names "${track.data.capstone}", but no capstone has that id`);
    else if (capstoneTrack !== track.id)
      problems.push(`${capstone.filePath}: field "track" is "${capstoneTrack}", but track "${track.id}" names this capstone`);
    else {
      track.capstone = capstone;
      capstone.track = track;
      capstone.url = capstoneUrl(track.id);
    }
    const seen = new Map<number, true>();
    for (const info of track.data.pairs) {
      if (seen.has(info.order)) problems.push(`${track.filePath}: field "pairs" lists order ${info.order} twice`);
      seen.set(info.order, true);
    }
  }
  for (const { entry, data } of capstoneEntries) {
    if (!tracks.has(data.track)) problems.push(`${entry.filePath}: field "track" names "${data.track}", but no track has that id`);
  }
  const electives = linkElectives(electiveEntries, projectEntries, tracks, capstones, problems);

  // Modules: track or elective, partner (exists, other kind, names it back, same track and order).
  const slots = new Map<string, Module>();
  for (const module of modules.values()) {
    const { data, filePath } = module;
    const home = homeOf(data);
    const field = data.elective === undefined ? 'track' : 'elective';
    if (data.track !== undefined && data.elective !== undefined) {
      problems.push(
        `${filePath}: field "elective" names "${data.elective}", but the module also names track "${data.track}"; a module belongs to a track or to an elective, not both`,
      );
      continue;
    }
    if (home === undefined) {
      problems.push(
        `${filePath}: field "track" is missing; name the module's track (or, in an elective pair, its elective in field "elective")`,
      );
      continue;
    }
    const track = field === 'track' ? tracks.get(home) : electives.get(home);
    if (!track) {
      problems.push(`${filePath}: field "${field}" names "${home}", but no ${field} has that id`);
      continue;
    }
    module.track = track;
    const partner = modules.get(data.partner);
    if (data.partner === module.id) problems.push(`${filePath}: field "partner" names the module itself`);
    else if (!partner) problems.push(`${filePath}: field "partner" names "${data.partner}", but no module has that id`);
    else if (partner.data.kind === data.kind)
      problems.push(
        `${filePath}: field "partner" names "${data.partner}", which is also a ${data.kind} module; a partner must be of the other kind`,
      );
    else if (partner.data.partner !== module.id)
      problems.push(
        `${filePath}: field "partner" names "${data.partner}", but ${partner.filePath} names "${partner.data.partner}" as its partner`,
      );
    else if (homeOf(partner.data) !== home)
      problems.push(`${filePath}: field "${field}" is "${home}", but its partner ${partner.filePath} is in "${homeOf(partner.data)}"`);
    else if (partner.data.order !== data.order)
      problems.push(`${filePath}: field "order" is ${data.order}, but its partner ${partner.filePath} has order ${partner.data.order}`);
    else module.partner = partner;

    const slot = `${home}/${data.order}/${data.kind}`;
    const taken = slots.get(slot);
    if (taken && field === 'track')
      problems.push(
        `${filePath}: field "order" is ${data.order}, the same as ${taken.filePath}; two pairs in track "${home}" share that order`,
      );
    else if (!taken) slots.set(slot, module);
  }

  // Lessons: module reference, folder, unique order.
  const lessons = new Map<string, Lesson>();
  for (const { entry, data } of lessonEntries) {
    const module = modules.get(data.module);
    if (!module) {
      problems.push(`${entry.filePath}: field "module" names "${data.module}", but no module has that id`);
      continue;
    }
    const folder = folderName(entry.filePath);
    if (folder !== data.module) {
      problems.push(
        `${entry.filePath}: field "module" is "${data.module}", but the file is in the folder "${folder}"; put it in content/lessons/${data.module}/`,
      );
      continue;
    }
    const clash = module.lessons.find((l) => l.data.order === data.order);
    if (clash) {
      problems.push(`${entry.filePath}: field "order" is ${data.order}, the same as ${clash.filePath} in module "${module.id}"`);
      continue;
    }
    const slug = baseName(entry.filePath);
    const lesson: Lesson = {
      id: `${module.id}/${slug}`,
      slug,
      filePath: entry.filePath,
      url: lessonUrl(module.id, slug),
      data,
      body: entry.body ?? '',
      module,
      position: 0,
      checks: [],
      runnable: runnableFences(entry.body ?? ''),
    };
    module.lessons.push(lesson);
    lessons.set(lesson.id, lesson);
  }
  for (const module of modules.values()) {
    module.lessons.sort((a, b) => a.data.order - b.data.order);
    module.lessons.forEach((lesson, i) => (lesson.position = i + 1));
    if (module.track && module.lessons.length === 0)
      problems.push(`${module.filePath}: module has no lessons; add them in content/lessons/${module.id}/`);
  }

  // Pairs and tracks: every track needs the required number of complete pairs, each named.
  for (const track of tracks.values()) {
    const orders = [...new Set([...modules.values()].filter((m) => m.track === track).map((m) => m.data.order))].sort((a, b) => a - b);
    for (const order of orders) {
      const marketing = slots.get(`${track.id}/${order}/marketing`);
      const systems = slots.get(`${track.id}/${order}/systems`);
      const info = track.data.pairs.find((p) => p.order === order);
      if (!info) problems.push(`${track.filePath}: field "pairs" has no entry with order ${order}, which its modules use`);
      if (!marketing?.partner || !systems?.partner || marketing.partner !== systems || !info) continue;
      const pair: Pair = { order, info, track, marketing, systems };
      marketing.pair = systems.pair = pair;
      track.pairs.push(pair);
    }
    if (track.pairs.length !== pairsPerTrack) {
      problems.push(
        `${track.filePath}: track has ${track.pairs.length} complete pair${track.pairs.length === 1 ? '' : 's'}; it needs ${pairsPerTrack}, each a marketing and a systems module that name each other as partners`,
      );
    }
    for (const info of track.data.pairs) {
      if (!orders.includes(info.order))
        problems.push(`${track.filePath}: field "pairs" lists order ${info.order}, but no module has that order in this track`);
    }
    track.modules = track.pairs.flatMap((p) => [p.marketing, p.systems]);
    track.hours = track.modules.reduce((sum, m) => sum + m.data.hours, 0) + (track.capstone?.data.hours ?? 0);
  }

  // Electives: exactly one marketing and one systems module, partners of each other.
  for (const elective of electives.values()) {
    const members = [...modules.values()].filter((m) => m.track === elective);
    const marketing = members.filter((m) => m.data.kind === 'marketing');
    const systems = members.filter((m) => m.data.kind === 'systems');
    if (marketing.length !== 1 || systems.length !== 1) {
      problems.push(
        `${elective.filePath}: elective has ${marketing.length} marketing and ${systems.length} systems module${systems.length === 1 ? '' : 's'}; it needs exactly one of each, partners of each other (modules name it in field "elective")`,
      );
      continue;
    }
    if (marketing[0]!.partner !== systems[0]) continue; // the partner check has said why
    const pair: Pair = {
      order: 1,
      info: { order: 1, title: elective.data.title, summary: elective.data.summary },
      track: elective,
      marketing: marketing[0]!,
      systems: systems[0]!,
    };
    marketing[0]!.pair = systems[0]!.pair = pair;
    elective.pairs = [pair];
    elective.modules = [pair.marketing, pair.systems];
    elective.hours = elective.modules.reduce((sum, m) => sum + m.data.hours, 0) + (elective.capstone?.data.hours ?? 0);
  }

  // Years are unique; the study order runs through them.
  const sortedTracks = [...tracks.values()].sort((a, b) => a.data.year - b.data.year);
  sortedTracks.forEach((track, i) => {
    const before = sortedTracks[i - 1];
    if (before && before.data.year === track.data.year)
      problems.push(`${track.filePath}: field "year" is ${track.data.year}, the same as ${before.filePath}`);
  });

  // Previous and next run through the core years as one chain, and inside each elective alone:
  // a lesson never leads out of its pair into the core, nor from the core into an elective.
  const sortedElectives = [...electives.values()].sort((a, b) => electiveNumber(a) - electiveNumber(b));
  const chains = [
    sortedTracks.flatMap((t) => t.modules.flatMap((m) => m.lessons)),
    ...sortedElectives.map((e) => e.modules.flatMap((m) => m.lessons)),
  ];
  for (const chain of chains) {
    chain.forEach((lesson, i) => {
      lesson.previous = chain[i - 1];
      lesson.next = chain[i + 1];
      lesson.partnerLesson = lesson.module.partner?.lessons.find((l) => l.data.order === lesson.data.order);
    });
  }
  const sequence = chains.flat();

  const { quizzes, questions } = buildQuizzes(input.quizzes ?? [], modules, options, problems);

  const glossary = buildGlossary(input.glossary ?? [], lessons, [...sequence, ...capstones.values()], problems);
  for (const term of glossary.values()) {
    for (const id of term.data.electives)
      if (!electives.has(id)) problems.push(`${term.filePath}: field "electives" names "${id}", but no elective has that id`);
  }
  const sortedGlossary = new Map(
    [...glossary.entries()].sort(([, a], [, b]) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
  );

  const routes = new Set<string>(options.staticRoutes ?? []);
  if (glossary.size) routes.add(glossaryUrl);
  for (const term of glossary.values()) routes.add(term.url);
  for (const t of [...tracks.values(), ...electives.values()]) routes.add(t.url);
  for (const c of capstones.values()) if (c.url) routes.add(c.url);
  for (const m of modules.values()) routes.add(m.url);
  for (const l of lessons.values()) routes.add(l.url);
  for (const q of quizzes.values()) routes.add(q.url);

  // Bodies: internal links must resolve; code fences must be in a known language.
  const bodies: { filePath: string; body: string; runnable: RunnableFence[] }[] = [
    ...lessons.values(),
    ...[...capstones.values()].map(({ filePath, body }) => ({ filePath, body, runnable: runnableFences(body) })),
  ];
  for (const { filePath, body, runnable } of bodies) {
    for (const href of internalLinks(body)) {
      const route = routeOf(href);
      if (route && !routes.has(route)) problems.push(`${filePath}: links to "${href}", which is not a page of the site`);
      else if (route && route !== href.replace(/[?#].*$/, ''))
        problems.push(`${filePath}: links to "${href}"; write it with a trailing slash, "${route}"`);
    }
    if (options.codeLanguages) {
      for (const lang of fenceLanguages(body)) {
        if (!lang)
          problems.push(`${filePath}: a fenced code block has no language; name one (e.g. \`\`\`ts, or \`\`\`text for plain text)`);
        else if (!options.codeLanguages.has(lang))
          problems.push(`${filePath}: a fenced code block is in "${lang}", a language the highlighter does not know`);
      }
    }
    for (const block of runnable) {
      if (!isRunnableLang(block.lang))
        problems.push(
          `${filePath}: line ${block.line}: a runnable block (\`\`\`${block.lang} run) must be in ${Object.keys(RUNNABLE_LANGS).join(', ')}; "${block.lang}" cannot run`,
        );
    }
  }

  if (problems.length) throw new CurriculumError(problems);
  return {
    tracks: sortedTracks,
    electives: sortedElectives,
    modules,
    lessons,
    capstones,
    quizzes,
    questions,
    sequence,
    glossary: sortedGlossary,
    routes,
  };
}

/** Where a module belongs: its elective, or its track. */
const homeOf = (data: ModuleData) => data.elective ?? data.track;
const electiveNumber = (e: ElectiveTrack) => Number(e.data.code.slice(1));

/**
 * Elective pairs and their projects: each elective builds on a core track that exists, has a unique
 * code and an id no track uses, and has exactly one project; each project names an elective. Projects
 * join the capstones' id space (progress and assignment links name either), so ids must not clash.
 */
function linkElectives(
  electiveEntries: { entry: RawEntry; data: ElectiveData }[],
  projectEntries: { entry: RawEntry; data: ProjectData }[],
  tracks: Map<string, CoreTrack>,
  capstones: Map<string, Capstone>,
  problems: string[],
): Map<string, ElectiveTrack> {
  const electives = new Map<string, ElectiveTrack>();
  const codes = new Map<string, string>();
  for (const { entry, data } of electiveEntries) {
    const prerequisite = tracks.get(data.prerequisite);
    if (!prerequisite) problems.push(`${entry.filePath}: field "prerequisite" names "${data.prerequisite}", but no track has that id`);
    if (tracks.has(entry.id))
      problems.push(`${entry.filePath}: the id "${entry.id}" is already a track's (${tracks.get(entry.id)!.filePath})`);
    const clash = codes.get(data.code);
    if (clash) problems.push(`${entry.filePath}: field "code" is "${data.code}", the same as ${clash}`);
    codes.set(data.code, entry.filePath);
    electives.set(entry.id, {
      kind: 'elective',
      id: entry.id,
      filePath: entry.filePath,
      url: electiveUrl(entry.id),
      label: `Elective ${data.code}`,
      data,
      prerequisite: prerequisite!,
      pairs: [],
      modules: [],
      capstone: undefined!,
      hours: 0,
    });
  }
  for (const { entry, data } of projectEntries) {
    const elective = electives.get(data.elective);
    const taken = capstones.get(entry.id);
    if (!elective) problems.push(`${entry.filePath}: field "elective" names "${data.elective}", but no elective has that id`);
    else if (elective.capstone)
      problems.push(`${entry.filePath}: field "elective" names "${data.elective}", whose project is already ${elective.capstone.filePath}`);
    else if (taken)
      problems.push(`${entry.filePath}: the id "${entry.id}" is already a capstone's (${taken.filePath}); name the file differently`);
    else {
      const project: Capstone = {
        kind: 'project',
        id: entry.id,
        filePath: entry.filePath,
        url: projectUrl(elective.id),
        label: 'Pair project',
        data,
        body: entry.body ?? '',
        track: elective,
      };
      elective.capstone = project;
      capstones.set(project.id, project);
    }
  }
  for (const elective of electives.values()) {
    if (!elective.capstone)
      problems.push(
        `${elective.filePath}: elective has no pair project; add content/projects/${elective.id}.mdx with field "elective: ${elective.id}"`,
      );
  }
  return electives;
}

/** Ids of the <QuickCheck id="…" /> tags in a body, in order; null for a tag without an id. */
export function quickCheckIds(body: string): (string | null)[] {
  return [...withoutCode(body).matchAll(/<QuickCheck\b([^>]*)>/g)].map((m) => /\bid=["']([^"']+)["']/.exec(m[1]!)?.[1] ?? null);
}

/** Parses quiz files, places every question in its module and lesson, and checks every reference. */
function buildQuizzes(entries: RawEntry[], modules: Map<string, Module>, options: BuildOptions, problems: string[]) {
  const quizzes = new Map<string, Quiz>();
  const questions = new Map<string, PlacedQuestion>();
  const lessonsBySlug = (module: Module) => new Map(module.lessons.map((l) => [l.slug, l]));

  for (const entry of entries) {
    const result = QuizFileSchema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [list, index, ...rest] = issue.path;
        const raw = (entry.data as Record<string, { id?: unknown }[] | undefined>)?.[String(list)]?.[Number(index)];
        if ((list === 'questions' || list === 'checks') && typeof index === 'number') {
          const name = typeof raw?.id === 'string' ? `question "${raw.id}"` : `${String(list)}[${index}]`;
          problems.push(`${entry.filePath}: ${name}: field "${fieldName(rest)}" ${issue.message}`);
        } else problems.push(`${entry.filePath}: field "${fieldName(issue.path)}" ${issue.message}`);
      }
      continue;
    }
    const data: QuizFileData = result.data;
    const moduleId = baseName(entry.filePath);
    const module = modules.get(moduleId);
    if (!module) {
      problems.push(`${entry.filePath}: the file is named for module "${moduleId}", but no module has that id`);
      continue;
    }
    const slugs = lessonsBySlug(module);
    const place = (question: Question, isCheck: boolean): PlacedQuestion | undefined => {
      const where = `${entry.filePath}: question "${question.id}"`;
      const seen = questions.get(question.id);
      if (seen) {
        problems.push(`${where}: the id is already used in ${seen.filePath}`);
        return undefined;
      }
      const [, targetModuleId = module.id, targetSlug, anchor] = /^(?:([a-z0-9-]+)\/)?([a-z0-9-]+)#(.+)$/.exec(question.teaches) ?? [];
      const target = modules.get(targetModuleId)?.lessons.find((l) => l.slug === targetSlug);
      if (!target) {
        problems.push(`${where}: field "teaches" names lesson "${targetModuleId}/${targetSlug}", which does not exist`);
        return undefined;
      }
      const headings = options.anchors?.get(target.filePath);
      if (headings && !headings.has(anchor!)) {
        problems.push(`${where}: field "teaches" names "#${anchor}", which is not a heading in ${target.filePath}`);
        return undefined;
      }
      if (options.codeLanguages && 'code' in question && question.code && !options.codeLanguages.has(question.code.lang)) {
        problems.push(`${where}: field "code.lang" is "${question.code.lang}", a language the highlighter does not know`);
      }
      let lesson: Lesson | undefined;
      if (isCheck) {
        lesson = question.lesson ? slugs.get(question.lesson) : undefined;
        if (!question.lesson) problems.push(`${where}: a quick check needs field "lesson", the lesson that embeds it`);
        else if (!lesson)
          problems.push(`${where}: field "lesson" names "${question.lesson}", which is not a lesson of module "${module.id}"`);
      } else if (question.lesson) {
        problems.push(`${where}: is in the module quiz but has field "lesson"; quick checks go under "checks"`);
      }
      const heading = headings?.get(anchor!);
      const placed: PlacedQuestion = {
        question,
        filePath: entry.filePath,
        module,
        teaches: { url: `${target.url}#${anchor}`, label: heading ? `${target.data.title} › ${heading}` : target.data.title },
        lesson,
      };
      questions.set(question.id, placed);
      return placed;
    };
    const quizQuestions = data.questions.map((q) => place(q, false)).filter((q): q is PlacedQuestion => Boolean(q));
    data.checks.forEach((q) => place(q, true));
    if (data.questions.length) {
      const quiz: Quiz = {
        id: module.id,
        filePath: entry.filePath,
        url: quizUrl(module.id),
        title: data.title ?? `${module.data.title}: module quiz`,
        passMark: data.passMark,
        partialCredit: data.partialCredit,
        module,
        questions: quizQuestions,
      };
      module.quiz = quiz;
      quizzes.set(quiz.id, quiz);
    }
  }

  // Quick checks: each embedded exactly once, by the lesson its "lesson" field names.
  const embedded = new Set<string>();
  for (const module of modules.values()) {
    for (const lesson of module.lessons) {
      for (const id of quickCheckIds(lesson.body)) {
        if (id === null) {
          problems.push(
            `${lesson.filePath}: a <QuickCheck> has no id; write <QuickCheck id="…" /> and define it under checks in content/quizzes/${module.id}.yaml`,
          );
          continue;
        }
        const placed = questions.get(id);
        if (!placed || !placed.lesson) {
          problems.push(
            `${lesson.filePath}: <QuickCheck id="${id}" /> names no quick check; define it under checks in content/quizzes/${module.id}.yaml`,
          );
        } else if (placed.lesson !== lesson) {
          problems.push(`${lesson.filePath}: <QuickCheck id="${id}" /> belongs to lesson "${placed.lesson.id}" (its "lesson" field)`);
        } else if (embedded.has(id)) {
          problems.push(`${lesson.filePath}: <QuickCheck id="${id}" /> appears more than once`);
        } else {
          embedded.add(id);
          lesson.checks.push(placed);
        }
      }
    }
  }
  for (const placed of questions.values()) {
    if (placed.lesson && !embedded.has(placed.question.id)) {
      problems.push(
        `${placed.filePath}: question "${placed.question.id}" is a quick check for lesson "${placed.lesson.slug}", which does not embed it with <QuickCheck id="${placed.question.id}" />`,
      );
    }
  }
  return { quizzes, questions };
}
