// The one place pages get the curriculum: loads the collections and builds the graph once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCurriculum, type Curriculum, type RawEntry } from './curriculum.ts';
import { headingAnchors } from './headings.ts';
import { CODE_LANGUAGES, staticRoutes } from './build-inputs.ts';
import { buildCourses, type Course } from '../assignment/courses.ts';

/** Routes of the pages in src/pages that take no parameters, e.g. "/" and "/curriculum/". */
const pageRoutes = staticRoutes(Object.keys(import.meta.glob('/src/pages/**/*.astro')));

function raw(entries: { id: string; filePath?: string; data: unknown; body?: string }[]): RawEntry[] {
  return entries.map(({ id, filePath, data, body }) => ({ id, filePath: filePath ?? id, data, body }));
}

let cached: Promise<Curriculum> | undefined;

export function getCurriculum(): Promise<Curriculum> {
  cached ??= (async () => {
    const [tracks, modules, lessons, capstones, electives, projects, quizzes, glossary] = await Promise.all([
      getCollection('tracks'),
      getCollection('modules'),
      getCollection('lessons'),
      getCollection('capstones'),
      getCollection('electives'),
      getCollection('projects'),
      getCollection('quizzes'),
      getCollection('glossary'),
    ]);
    // Heading anchors of every lesson, so quiz links to a section are checked at build time.
    // Computed from the source (rendering 1,000 lessons twice doubled the build time).
    const anchors = new Map(lessons.map((lesson) => [lesson.filePath ?? lesson.id, headingAnchors(lesson.body ?? '')] as const));
    return buildCurriculum(
      {
        tracks: raw(tracks),
        modules: raw(modules),
        lessons: raw(lessons),
        capstones: raw(capstones),
        electives: raw(electives),
        projects: raw(projects),
        quizzes: raw(quizzes),
        glossary: raw(glossary),
      },
      { staticRoutes: pageRoutes, codeLanguages: CODE_LANGUAGES, anchors },
    );
  })();
  return cached;
}

let courses: Promise<Course[]> | undefined;

/** The course files in content/courses/, checked against the curriculum. */
export function getCourses(): Promise<Course[]> {
  courses ??= (async () => buildCourses(raw(await getCollection('courses')), await getCurriculum()))();
  return courses;
}

type BodyCollection = 'lessons' | 'capstones' | 'projects';
type BodyEntry = CollectionEntry<'lessons'> | CollectionEntry<'capstones'> | CollectionEntry<'projects'>;
const entryMaps = new Map<string, Promise<Map<string, BodyEntry>>>();

/** The Astro entry for a lesson, capstone or pair project, to render its body (one lookup table per build, not a scan per page). */
export async function entryFor(collection: BodyCollection, filePath: string) {
  if (!entryMaps.has(collection))
    entryMaps.set(
      collection,
      getCollection(collection).then((entries: BodyEntry[]) => new Map(entries.map((e) => [e.filePath ?? e.id, e]))),
    );
  const entry = (await entryMaps.get(collection)!).get(filePath);
  if (!entry) throw new Error(`${filePath}: not found in the ${collection} collection`);
  return entry;
}
