/**
 * The quiz part of the curriculum graph: parses quiz files (content/quizzes/<module>.yaml), places
 * every question in its module and in the lesson section that teaches it, and wires each quick check
 * to the one lesson that embeds it. Every problem is appended to the graph's list, naming the file
 * and the question id.
 */
import { QuizFileSchema, type Question, type QuizFileData } from '../../schemas/index.ts';
import { baseName, fieldName, withoutCode, type RawEntry } from './content-entries.ts';
import { quizUrl } from './urls.ts';
import type { BuildOptions, Lesson, Module, PlacedQuestion, Quiz } from './curriculum.ts';

/** Ids of the <QuickCheck id="…" /> tags in a body, in order; null for a tag without an id. */
export function quickCheckIds(body: string): (string | null)[] {
  return [...withoutCode(body).matchAll(/<QuickCheck\b([^>]*)>/g)].map((m) => /\bid=["']([^"']+)["']/.exec(m[1]!)?.[1] ?? null);
}

/** Parses quiz files, places every question in its module and lesson, and checks every reference. */
export function buildQuizzes(entries: RawEntry[], modules: Map<string, Module>, options: BuildOptions, problems: string[]) {
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
