// Checks the whole curriculum in a second, without a build: reads content/ the way the build's
// collections do, builds the graph and the course files, and prints every problem (file and field).
// For authors: `npm run content` after editing lessons, quizzes or glossary terms.
// The build runs the same checks (src/lib/graph/site.ts); this is the quick loop, not a second policy.
import { CurriculumError } from '../src/lib/graph/curriculum.ts';
import { readContent } from './lib/read-content.ts';

try {
  const { curriculum } = readContent();
  console.log(
    `content: ${curriculum.tracks.length} tracks, ${curriculum.electives.length} electives, ${curriculum.modules.size} modules, ` +
      `${curriculum.lessons.size} lessons, ${curriculum.questions.size} questions, ${curriculum.glossary.size} glossary terms: no problems`,
  );
} catch (error) {
  if (!(error instanceof CurriculumError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
