// The one place pages get the curriculum: loads the collections and builds the graph once per build.
import { getCollection, render } from 'astro:content';
import { bundledLanguages } from 'shiki';
import { buildCurriculum, type Curriculum, type RawEntry } from './curriculum.ts';

/** Routes of the pages in src/pages that take no parameters, e.g. "/" and "/curriculum/". */
const staticRoutes = Object.keys(import.meta.glob('/src/pages/**/*.astro'))
  .filter((file) => !file.includes('['))
  .map((file) => file.replace('/src/pages', '').replace(/(index)?\.astro$/, '').replace(/([^/])$/, '$1/'));

/** Plain text, and the names Shiki knows. */
const codeLanguages = new Set(['text', 'plaintext', 'txt', ...Object.keys(bundledLanguages)]);

function raw(entries: { id: string; filePath?: string; data: unknown; body?: string }[]): RawEntry[] {
  return entries.map(({ id, filePath, data, body }) => ({ id, filePath: filePath ?? id, data, body }));
}

let cached: Promise<Curriculum> | undefined;

export function getCurriculum(): Promise<Curriculum> {
  cached ??= (async () => {
    const [tracks, modules, lessons, capstones, quizzes] = await Promise.all([
      getCollection('tracks'),
      getCollection('modules'),
      getCollection('lessons'),
      getCollection('capstones'),
      getCollection('quizzes'),
    ]);
    // Heading anchors of every lesson, so quiz links to a section are checked against the real ids.
    const anchors = new Map(
      await Promise.all(
        lessons.map(async (lesson) => {
          const { headings } = await render(lesson);
          return [lesson.filePath ?? lesson.id, new Map(headings.map((h) => [h.slug, h.text]))] as const;
        }),
      ),
    );
    return buildCurriculum(
      { tracks: raw(tracks), modules: raw(modules), lessons: raw(lessons), capstones: raw(capstones), quizzes: raw(quizzes) },
      { staticRoutes, codeLanguages, anchors },
    );
  })();
  return cached;
}

/** The Astro entry for a lesson or capstone, to render its body. */
export async function entryFor(collection: 'lessons' | 'capstones', filePath: string) {
  const entries = await getCollection(collection);
  const entry = entries.find((e) => e.filePath === filePath);
  if (!entry) throw new Error(`${filePath}: not found in the ${collection} collection`);
  return entry;
}
