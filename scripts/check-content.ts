// Checks the whole curriculum in a second, without a build: reads content/ the way the build's
// collections do, builds the graph and the course files, and prints every problem (file and field).
// For authors: `node scripts/check-content.ts` after editing lessons, quizzes or glossary terms.
// The build runs the same checks (src/lib/site.ts); this is the quick loop, not a second policy.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { bundledLanguages } from 'shiki';
import { buildCurriculum, CurriculumError, type RawEntry } from '../src/lib/curriculum.ts';
import { buildCourses } from '../src/lib/courses.ts';
import { headingAnchors } from '../src/lib/headings.ts';

const root = process.env.CONVERGE_CONTENT ?? 'content';

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
function collection(name: string): RawEntry[] {
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

const staticRoutes = files('src/pages', '.astro')
  .filter((file) => !file.includes('['))
  .map((file) =>
    file
      .replace(/^src\/pages/, '')
      .replace(/(index)?\.astro$/, '')
      .replace(/([^/])$/, '$1/'),
  );
const codeLanguages = new Set(['text', 'plaintext', 'txt', ...Object.keys(bundledLanguages)]);
const lessons = collection('lessons');
const anchors = new Map(lessons.map((l) => [l.filePath, headingAnchors(l.body ?? '')] as const));

try {
  const curriculum = buildCurriculum(
    {
      tracks: collection('tracks'),
      modules: collection('modules'),
      lessons,
      capstones: collection('capstones'),
      electives: collection('electives'),
      projects: collection('projects'),
      quizzes: collection('quizzes'),
      glossary: collection('glossary'),
    },
    { staticRoutes, codeLanguages, anchors },
  );
  buildCourses(collection('courses'), curriculum);
  console.log(
    `content: ${curriculum.tracks.length} tracks, ${curriculum.electives.length} electives, ${curriculum.modules.size} modules, ${curriculum.lessons.size} lessons, ` +
      `${curriculum.questions.size} questions, ${curriculum.glossary.size} glossary terms: no problems`,
  );
} catch (error) {
  if (!(error instanceof CurriculumError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
