// The one place pages get the curriculum: loads the collections and builds the graph once per build.
import { getCollection } from 'astro:content';
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
    const [tracks, modules, lessons, capstones] = await Promise.all([
      getCollection('tracks'),
      getCollection('modules'),
      getCollection('lessons'),
      getCollection('capstones'),
    ]);
    return buildCurriculum(
      { tracks: raw(tracks), modules: raw(modules), lessons: raw(lessons), capstones: raw(capstones) },
      { staticRoutes, codeLanguages },
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
