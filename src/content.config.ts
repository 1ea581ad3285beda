import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Content lives at the top level (content/), outside src/, so authors never touch code.
// CONVERGE_CONTENT points the build at another folder (the benchmark's synthetic curriculum).
const root = process.env.CONVERGE_CONTENT ?? './content';

// One validation policy: no collection has a schema here. The curriculum graph (src/lib/graph/curriculum.ts,
// through src/lib/graph/site.ts) parses every entry once with the schemas in src/schemas/, so every content
// error, of any collection, arrives in one list naming the file and the field ("question \"x\": field
// \"options\" …", "weeks[2].modules[0]"), with the checks across files beside them. Course files are
// parsed by src/lib/assignment/courses.ts against the graph.
const collection = (folder: string, pattern: string) => defineCollection({ loader: glob({ base: `${root}/${folder}`, pattern }) });

export const collections = {
  tracks: collection('tracks', '*.yaml'),
  modules: collection('modules', '*.yaml'),
  lessons: collection('lessons', '**/*.mdx'),
  capstones: collection('capstones', '*.mdx'),
  electives: collection('electives', '*.yaml'),
  projects: collection('projects', '*.mdx'),
  quizzes: collection('quizzes', '*.yaml'),
  courses: collection('courses', '*.yaml'),
  glossary: collection('glossary', '*.yaml'),
};
