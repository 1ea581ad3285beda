/**
 * Course files (content/courses/<id>.yaml): an institution's weekly schedule of Converge modules.
 * Checked against the curriculum graph like all content: every problem is collected, each naming
 * the file and the field, and the build fails with a CurriculumError listing them. Each week
 * becomes an assignment link (assignment.ts), and the whole course one more, for its syllabus.
 */
import { CourseSchema, type CourseData, type CourseWeek } from '../../schemas/course.ts';
import { addDays, encodeAssignment, LIMITS, type Assignment, type AssignmentItem } from './assignment.ts';
import { allTracks, CurriculumError, type Curriculum, type Module, type RawEntry, type Track } from '../graph/curriculum.ts';

export interface CourseWeekPlan {
  data: CourseWeek;
  /** First day of the week, YYYY-MM-DD. */
  starts: string;
  modules: Module[];
  capstones: Track[];
  /** The week as an assignment link token (for /assignment/#token). */
  token: string;
}

export interface Course {
  id: string;
  filePath: string;
  url: string;
  data: CourseData;
  weeks: CourseWeekPlan[];
  /** The whole course as one assignment: every module and capstone, from the start to the last due date. */
  token: string;
  hours: number;
}

export const courseUrl = (id: string) => `/courses/${id}/`;

const fit = (text: string) => (text.length <= LIMITS.title ? text : `${text.slice(0, LIMITS.title - 1).trimEnd()}…`);

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(file)';
}

/** Parses and checks every course file against the curriculum; throws a CurriculumError naming every problem. */
export function buildCourses(entries: RawEntry[], curriculum: Pick<Curriculum, 'modules' | 'tracks' | 'electives'>): Course[] {
  const problems: string[] = [];
  const courses: Course[] = [];
  // A week's "capstones" may name a core year's capstone or an elective's pair project.
  const capstoneTracks = new Map(allTracks(curriculum).map((t) => [t.capstone.id, t]));

  for (const entry of entries) {
    const result = CourseSchema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${entry.filePath}: field "${fieldName(issue.path)}" ${issue.message}`);
      continue;
    }
    const data = result.data;
    const before = problems.length;
    const weeks: CourseWeekPlan[] = [];
    data.weeks.forEach((week, i) => {
      const at = (field: string) => `${entry.filePath}: field "weeks[${i}]${field}"`;
      const previous = data.weeks[i - 1];
      if (previous && week.week <= previous.week)
        problems.push(`${at('.week')} is ${week.week}, but it comes after week ${previous.week}; list weeks in order, each once`);
      if (week.due < data.start) problems.push(`${at('.due')} is ${week.due}, before the course starts (field "start" is ${data.start})`);
      if (previous && week.due < previous.due)
        problems.push(
          `${at('.due')} is ${week.due}, before week ${previous.week}'s due date ${previous.due}; due dates must not go backwards`,
        );
      if (week.modules.length + week.capstones.length === 0)
        problems.push(`${at('')} names no module or capstone; a week needs at least one`);
      const modules: Module[] = [];
      week.modules.forEach((id, k) => {
        const module = curriculum.modules.get(id);
        if (!module) problems.push(`${at(`.modules[${k}]`)} names "${id}", but no module has that id`);
        else if (modules.includes(module)) problems.push(`${at(`.modules[${k}]`)} lists "${id}" twice`);
        else modules.push(module);
      });
      const capstones: Track[] = [];
      week.capstones.forEach((id, k) => {
        const track = capstoneTracks.get(id);
        if (!track) problems.push(`${at(`.capstones[${k}]`)} names "${id}", but no capstone has that id`);
        else capstones.push(track);
      });
      weeks.push({ data: week, starts: addDays(data.start, (week.week - 1) * 7), modules, capstones, token: '' });
    });
    if (problems.length > before) continue;

    const items = (plan: Pick<CourseWeekPlan, 'modules' | 'capstones'>[]): AssignmentItem[] => {
      const seen = new Set<string>();
      const out: AssignmentItem[] = [];
      for (const w of plan) {
        for (const m of w.modules) if (!seen.has(`m:${m.id}`) && seen.add(`m:${m.id}`)) out.push({ kind: 'module', id: m.id });
        for (const t of w.capstones)
          if (!seen.has(`c:${t.capstone.id}`) && seen.add(`c:${t.capstone.id}`)) out.push({ kind: 'capstone', id: t.capstone.id });
      }
      return out;
    };
    const common = { hoursPerWeek: data.hoursPerWeek, ...(data.passMark !== undefined && { passMark: data.passMark }) };
    for (const w of weeks) {
      const assignment: Assignment = {
        title: fit(`${data.title}, week ${w.data.week}${w.data.topic ? `: ${w.data.topic}` : ''}`),
        ...(w.data.notes && { instructions: w.data.notes }),
        start: w.starts,
        due: w.data.due,
        ...common,
        items: items([w]),
      };
      w.token = encodeAssignment(assignment);
    }
    const whole: Assignment = {
      title: fit(`${data.title} (${data.term})`),
      instructions: data.summary,
      start: data.start,
      due: weeks.at(-1)!.data.due,
      ...common,
      items: items(weeks),
    };
    const wholeItems = items(weeks);
    const hours = wholeItems.reduce(
      (sum, item) =>
        sum + (item.kind === 'module' ? curriculum.modules.get(item.id)!.data.hours : capstoneTracks.get(item.id)!.capstone.data.hours),
      0,
    );
    courses.push({ id: entry.id, filePath: entry.filePath, url: courseUrl(entry.id), data, weeks, token: encodeAssignment(whole), hours });
  }
  if (problems.length) throw new CurriculumError(problems);
  return courses.sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
}
