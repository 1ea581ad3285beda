import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CapstoneSchema, ElectiveSchema, LessonSchema, ModuleSchema, ProjectSchema, TrackSchema } from './schemas/index.ts';

// Content lives at the top level (content/), outside src/, so authors never touch code.
// CONVERGE_CONTENT points the build at another folder (the benchmark's synthetic curriculum).
const root = process.env.CONVERGE_CONTENT ?? './content';

export const collections = {
  tracks: defineCollection({ loader: glob({ base: `${root}/tracks`, pattern: '*.yaml' }), schema: TrackSchema }),
  modules: defineCollection({ loader: glob({ base: `${root}/modules`, pattern: '*.yaml' }), schema: ModuleSchema }),
  lessons: defineCollection({ loader: glob({ base: `${root}/lessons`, pattern: '**/*.mdx' }), schema: LessonSchema }),
  capstones: defineCollection({ loader: glob({ base: `${root}/capstones`, pattern: '*.mdx' }), schema: CapstoneSchema }),
  // Elective pairs and their projects: checked by the graph like tracks and capstones (src/lib/curriculum.ts).
  electives: defineCollection({ loader: glob({ base: `${root}/electives`, pattern: '*.yaml' }), schema: ElectiveSchema }),
  projects: defineCollection({ loader: glob({ base: `${root}/projects`, pattern: '*.mdx' }), schema: ProjectSchema }),
  // No schema here on purpose: the curriculum graph parses quiz files with QuizFileSchema, so an
  // error names the question id ("question \"hst-status-404\": field \"options\" …"), not a list index.
  quizzes: defineCollection({ loader: glob({ base: `${root}/quizzes`, pattern: '*.yaml' }) }),
  // Parsed by src/lib/courses.ts with CourseSchema, for the same reason: errors name the week ("weeks[2].modules[0]").
  courses: defineCollection({ loader: glob({ base: `${root}/courses`, pattern: '*.yaml' }) }),
  // Likewise parsed by the graph (GlossaryTermSchema), which also checks ids across terms and lessons.
  glossary: defineCollection({ loader: glob({ base: `${root}/glossary`, pattern: '*.yaml' }) }),
};
