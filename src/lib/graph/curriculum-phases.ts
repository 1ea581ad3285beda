/**
 * The phases of building the curriculum graph, in the order buildCurriculum (curriculum.ts) runs them:
 * parse the collections, link tracks and capstones, link electives and their projects, link modules
 * and partners, place lessons, form pairs, order the sequence, and check the bodies. Each phase takes
 * what the earlier ones made and appends its problems, one line each naming the file and the field;
 * the order of the lines is part of what tests pin.
 */
import {
  CapstoneSchema,
  ElectiveSchema,
  LessonSchema,
  ModuleSchema,
  ProjectSchema,
  TrackSchema,
  type ElectiveData,
  type ModuleData,
  type ProjectData,
} from '../../schemas/index.ts';
import { folderName, baseName, parseAll, type RawEntry } from './content-entries.ts';
import { runnableFences, type RunnableFence } from './fences.ts';
import { RUNNABLE_LANGS, isRunnableLang } from '../runner/runnable.ts';
import { capstoneUrl, electiveUrl, lessonUrl, moduleUrl, projectUrl, trackUrl } from './urls.ts';
import { fenceLanguages, internalLinks, routeOf } from './links.ts';
import type { BuildOptions, Capstone, CoreTrack, CurriculumInput, ElectiveTrack, Lesson, Module, Pair } from './curriculum.ts';

/** Every collection parsed with its schema; entries that fail are left out (their problems are listed). */
export function parseCollections(input: CurriculumInput, problems: string[]) {
  return {
    tracks: parseAll(input.tracks, TrackSchema, problems),
    modules: parseAll(input.modules, ModuleSchema, problems),
    lessons: parseAll(input.lessons, LessonSchema, problems),
    capstones: parseAll(input.capstones, CapstoneSchema, problems),
    electives: parseAll(input.electives ?? [], ElectiveSchema, problems),
    projects: parseAll(input.projects ?? [], ProjectSchema, problems),
  };
}
export type Parsed = ReturnType<typeof parseCollections>;

/** Tracks and capstones as nodes, each track linked to the capstone it names and that names it back. */
export function linkTracksAndCapstones(parsed: Parsed, problems: string[]) {
  const tracks = new Map<string, CoreTrack>();
  for (const { entry, data } of parsed.tracks) {
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
  for (const { entry, data } of parsed.capstones) {
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
  for (const { entry, data } of parsed.capstones) {
    if (!tracks.has(data.track)) problems.push(`${entry.filePath}: field "track" names "${data.track}", but no track has that id`);
  }
  return { tracks, capstones };
}

/**
 * Modules as nodes, each linked to its track or elective and to its partner (which must exist, be of
 * the other kind, name it back, and share its track and pair order). `slots` finds a pair's two halves.
 */
export function linkModulesAndPartners(
  parsed: Parsed,
  tracks: Map<string, CoreTrack>,
  electives: Map<string, ElectiveTrack>,
  problems: string[],
) {
  const modules = new Map<string, Module>();
  for (const { entry, data } of parsed.modules) {
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
  return { modules, slots };
}

/** Lessons placed in their modules, in order, each module needing at least one. */
export function placeLessons(parsed: Parsed, modules: Map<string, Module>, problems: string[]) {
  const lessons = new Map<string, Lesson>();
  for (const { entry, data } of parsed.lessons) {
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
  return lessons;
}

/**
 * Pairs: every core track needs `pairsPerTrack` complete pairs, each named in the track file; an
 * elective exactly one marketing and one systems module, partners of each other. Sets each track's
 * modules in study order and its hours.
 */
export function formPairs(
  tracks: Map<string, CoreTrack>,
  electives: Map<string, ElectiveTrack>,
  modules: Map<string, Module>,
  slots: Map<string, Module>,
  pairsPerTrack: number,
  problems: string[],
) {
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
}

/**
 * Years are unique and ordered; electives by their code. Previous and next run through the core years
 * as one chain, and inside each elective alone: a lesson never leads out of its pair into the core,
 * nor from the core into an elective. Returns every lesson in study order.
 */
export function orderSequence(tracks: Map<string, CoreTrack>, electives: Map<string, ElectiveTrack>, problems: string[]) {
  const sortedTracks = [...tracks.values()].sort((a, b) => a.data.year - b.data.year);
  sortedTracks.forEach((track, i) => {
    const before = sortedTracks[i - 1];
    if (before && before.data.year === track.data.year)
      problems.push(`${track.filePath}: field "year" is ${track.data.year}, the same as ${before.filePath}`);
  });

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
  return { sortedTracks, sortedElectives, sequence };
}

/** Bodies of lessons, capstones and projects: internal links must resolve; code fences must be in a known language, runnable ones in a runnable one, with a well-formed chart declaration if any. */
export function checkBodies(
  lessons: Map<string, Lesson>,
  capstones: Map<string, Capstone>,
  routes: ReadonlySet<string>,
  options: BuildOptions,
  problems: string[],
) {
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
      for (const problem of block.metaProblems) problems.push(`${filePath}: line ${block.line}: ${problem}`);
    }
  }
}

/** Where a module belongs: its elective, or its track. */
const homeOf = (data: ModuleData) => data.elective ?? data.track;
const electiveNumber = (e: ElectiveTrack) => Number(e.data.code.slice(1));

/**
 * Elective pairs and their projects: each elective builds on a core track that exists, has a unique
 * code and an id no track uses, and has exactly one project; each project names an elective. Projects
 * join the capstones' id space (progress and assignment links name either), so ids must not clash.
 */
export function linkElectives(
  parsed: Parsed,
  tracks: Map<string, CoreTrack>,
  capstones: Map<string, Capstone>,
  problems: string[],
): Map<string, ElectiveTrack> {
  const electives = new Map<string, ElectiveTrack>();
  const codes = new Map<string, string>();
  for (const { entry, data } of parsed.electives) {
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
  for (const { entry, data } of parsed.projects) {
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
