// Reads content/ the way the build's collections do and builds the curriculum graph and course files,
// without Astro: for scripts that need the whole curriculum in Node (npm run cartridge).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { buildCurriculum, type Curriculum, type RawEntry } from '../../src/lib/graph/curriculum.ts';
import { buildCourses, type Course } from '../../src/lib/assignment/courses.ts';
import { headingAnchors } from '../../src/lib/graph/headings.ts';
import { CODE_LANGUAGES, staticRoutes } from '../../src/lib/graph/build-inputs.ts';

function files(dir: string, ext: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((d) => (d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : []));
}

/** Entries of one collection: YAML files, or MDX files with frontmatter and a body. */
function collection(root: string, name: string): RawEntry[] {
  const dir = join(root, name);
  const yaml = files(dir, '.yaml').map((file) => ({
    id: relative(dir, file).replace(/\.yaml$/, ''),
    filePath: file,
    data: parse(readFileSync(file, 'utf8')),
  }));
  const mdx = files(dir, '.mdx').map((file) => {
    const source = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
    return { id: relative(dir, file).replace(/\.mdx$/, ''), filePath: file, data: m ? parse(m[1]!) : {}, body: m ? m[2]! : source };
  });
  return [...yaml, ...mdx];
}

/** The curriculum graph and the course files; throws a CurriculumError naming every content problem. */
export function readContent(root = process.env.CONVERGE_CONTENT ?? 'content'): { curriculum: Curriculum; courses: Course[] } {
  const lessons = collection(root, 'lessons');
  const anchors = new Map(lessons.map((l) => [l.filePath, headingAnchors(l.body ?? '')] as const));
  const curriculum = buildCurriculum(
    {
      tracks: collection(root, 'tracks'),
      modules: collection(root, 'modules'),
      lessons,
      capstones: collection(root, 'capstones'),
      electives: collection(root, 'electives'),
      projects: collection(root, 'projects'),
      quizzes: collection(root, 'quizzes'),
      glossary: collection(root, 'glossary'),
    },
    { staticRoutes: staticRoutes(files('src/pages', '.astro')), codeLanguages: CODE_LANGUAGES, anchors },
  );
  return { curriculum, courses: buildCourses(collection(root, 'courses'), curriculum) };
}
