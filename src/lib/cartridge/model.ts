/**
 * What a cartridge is made from: a JSON-safe copy of the curriculum (tracks, electives, course files,
 * modules with their lessons, quiz and discussion prompts), with every piece of quiz Markdown already
 * rendered to the HTML a Common Cartridge item carries. Built from the graph at build time (the
 * /teach/lms-export.json file the export button fetches) and in Node by `npm run cartridge`, so the
 * browser never needs the graph or the Markdown renderer. Addresses are site paths ("/modules/x/");
 * the writer makes them absolute against the site URL it is given. Pure.
 */
import type { Curriculum, Module, PlacedQuestion } from '../graph/curriculum.ts';
import type { Course } from '../assignment/courses.ts';
import type { QuestionType } from '../quiz.ts';
import { allTracks } from '../graph/curriculum.ts';
import { plainText, renderBlock, renderInline } from '../markdown.ts';

export const SOURCE_VERSION = 1;

export interface SourceOption {
  /** The option, as HTML. */
  html: string;
  correct: boolean;
  /** Feedback for this option, as HTML. */
  feedback?: string;
}

export interface SourceQuestion {
  id: string;
  type: QuestionType;
  /** The question on the site: its quiz page with #question-<id>. */
  path: string;
  /** The stem, as HTML (links are site paths, made absolute by the writer). */
  stem: string;
  /** The stem as plain text, for titles. */
  plain: string;
  /** Why the answer is right, as HTML. */
  explanation: string;
  /** A code snippet shown with the stem. */
  code?: { lang: string; source: string };
  /** single, multiple, code. */
  options?: SourceOption[];
  /** truefalse. */
  answer?: boolean;
  /** short: the accepted answers as authored. */
  accepted?: string[];
}

export interface SourceQuiz {
  title: string;
  path: string;
  passMark: number;
  partialCredit: boolean;
  questions: SourceQuestion[];
}

export interface SourceModule {
  id: string;
  title: string;
  kind: 'marketing' | 'systems';
  path: string;
  /** Plain text. */
  summary: string;
  lessons: { slug: string; title: string; path: string }[];
  quiz?: SourceQuiz;
  /** Discussion prompts, as HTML paragraphs. */
  discussion: string[];
}

export interface SourceCapstone {
  id: string;
  /** "Capstone" or "Pair project". */
  label: string;
  title: string;
  path: string;
}

export interface SourceTrack {
  id: string;
  kind: 'core' | 'elective';
  /** "Year 1" or "Elective E1". */
  label: string;
  title: string;
  path: string;
  /** Module ids in study order. */
  modules: string[];
  capstone: SourceCapstone;
}

export interface SourceWeek {
  week: number;
  topic?: string;
  /** YYYY-MM-DD */
  due: string;
  /** Plain text for students. */
  notes?: string;
  modules: string[];
  /** Capstone or pair-project ids. */
  capstones: string[];
}

export interface SourceCourse {
  id: string;
  title: string;
  term: string;
  instructor: string;
  summary: string;
  path: string;
  weeks: SourceWeek[];
}

export interface CartridgeSource {
  version: typeof SOURCE_VERSION;
  /** The core years in order, then the elective pairs. */
  tracks: SourceTrack[];
  courses: SourceCourse[];
  /** Every module by id. */
  modules: Record<string, SourceModule>;
}

/** Quiz Markdown as HTML with site-path links ("/modules/x/"); the writer makes them absolute. */
const inline = (md: string) => renderInline(md, '/');

function sourceQuestion(placed: PlacedQuestion, quizPath: string): SourceQuestion {
  const q = placed.question;
  const out: SourceQuestion = {
    id: q.id,
    type: q.type,
    path: `${quizPath}#question-${q.id}`,
    stem: inline(q.stem),
    plain: plainText(q.stem),
    explanation: renderBlock(q.explanation, '/'),
  };
  if ('code' in q && q.code) out.code = { lang: q.code.lang, source: q.code.source };
  if ('options' in q)
    out.options = q.options.map((o) => ({ html: inline(o.text), correct: o.correct, ...(o.feedback && { feedback: inline(o.feedback) }) }));
  if (q.type === 'truefalse') out.answer = q.answer;
  if (q.type === 'short') out.accepted = q.accepted;
  return out;
}

function sourceModule(m: Module): SourceModule {
  return {
    id: m.id,
    title: m.data.title,
    kind: m.data.kind,
    path: m.url,
    summary: plainText(m.data.summary),
    lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.data.title, path: l.url })),
    ...(m.quiz && {
      quiz: {
        title: m.quiz.title,
        path: m.quiz.url,
        passMark: m.quiz.passMark,
        partialCredit: m.quiz.partialCredit,
        questions: m.quiz.questions.map((p) => sourceQuestion(p, m.quiz!.url)),
      },
    }),
    discussion: m.data.instructorNotes.discussion.map((d) => renderBlock(d, '/')),
  };
}

/** The whole curriculum and its course files, as the cartridge writer reads them. */
export function cartridgeSource(curriculum: Pick<Curriculum, 'tracks' | 'electives' | 'modules'>, courses: Course[]): CartridgeSource {
  const modules: Record<string, SourceModule> = {};
  for (const m of curriculum.modules.values()) modules[m.id] = sourceModule(m);
  return {
    version: SOURCE_VERSION,
    tracks: allTracks(curriculum).map((t) => ({
      id: t.id,
      kind: t.kind,
      label: t.label,
      title: t.data.title,
      path: t.url,
      modules: t.modules.map((m) => m.id),
      capstone: { id: t.capstone.id, label: t.capstone.label, title: t.capstone.data.title, path: t.capstone.url },
    })),
    courses: courses.map((c) => ({
      id: c.id,
      title: c.data.title,
      term: c.data.term,
      instructor: c.data.instructor,
      summary: c.data.summary,
      path: c.url,
      weeks: c.weeks.map((w) => ({
        week: w.data.week,
        ...(w.data.topic && { topic: w.data.topic }),
        due: w.data.due,
        ...(w.data.notes && { notes: w.data.notes }),
        modules: w.modules.map((m) => m.id),
        capstones: w.capstones.map((t) => t.capstone.id),
      })),
    })),
    modules,
  };
}
