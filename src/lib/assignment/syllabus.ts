// The syllabus: a weekly plan for an assignment's items, from its start date and study hours per
// week, with each module's outcomes and partner. Pure. `teachDetailsOf` runs at build time and
// its JSON is embedded for the browser next to the catalogue.
import { addDays } from './assignment.ts';
import type { ResolvedItem } from './assignment-progress.ts';
import type { Curriculum } from '../graph/curriculum.ts';

/** What the syllabus needs beyond the catalogue: outcomes, partners and capstone hours. */
export interface TeachDetails {
  /** `track` is the module's track label: "Year 1" or "Elective E1". */
  modules: Record<string, { summary: string; outcomes: string[]; partner: string; pair: string; track: string }>;
  capstones: Record<string, { hours: number; summary: string }>;
}

export function teachDetailsOf(curriculum: Curriculum): TeachDetails {
  const details: TeachDetails = { modules: {}, capstones: {} };
  // (Not allTracks from curriculum.ts: this module runs in the browser too, and must not pull in the graph.)
  for (const track of [...curriculum.tracks, ...curriculum.electives]) {
    details.capstones[track.capstone.id] = { hours: track.capstone.data.hours, summary: track.capstone.data.summary };
    for (const pair of track.pairs)
      for (const m of [pair.marketing, pair.systems])
        details.modules[m.id] = {
          summary: m.data.summary,
          outcomes: m.data.outcomes,
          partner: m.partner.id,
          pair: pair.info.title,
          track: track.label,
        };
  }
  return details;
}

/** Minutes a module quiz is planned for, per question (reading, answering, reading the explanations). */
export const QUIZ_MINUTES_PER_QUESTION = 3;

/** Planned study hours of one item: a module's own estimate, a lesson's minutes, a quiz by its questions. */
export function itemHours(resolved: ResolvedItem, details: TeachDetails): number {
  if (!resolved.available) return 0;
  switch (resolved.item.kind) {
    case 'module':
      return resolved.module!.hours;
    case 'lesson':
      return resolved.lesson!.minutes / 60;
    case 'quiz':
      return (resolved.module!.quiz!.questions * QUIZ_MINUTES_PER_QUESTION) / 60;
    case 'capstone':
      return details.capstones[resolved.item.id]?.hours ?? 0;
  }
}

export interface PlanEntry {
  index: number;
  title: string;
  /** Hours of this item planned in this week. */
  hours: number;
  /** Set when the item spreads over more than one week. */
  part?: { n: number; of: number };
}

export interface PlanWeek {
  n: number;
  /** YYYY-MM-DD of the week's first day. */
  starts: string;
  hours: number;
  entries: PlanEntry[];
}

export interface Plan {
  weeks: PlanWeek[];
  totalHours: number;
  /** When a due date is given: the day the plan's last week ends, and whether that is after it. */
  ends: string;
  lateBy?: number;
}

const round = (h: number) => Math.round(h * 10) / 10;

/**
 * Fills weeks in order with `hoursPerWeek` of study each; an item larger than what is left of a
 * week carries over to the next. Items keep the instructor's order.
 */
export function weeklyPlan(items: { title: string; hours: number }[], start: string, hoursPerWeek: number, due?: string): Plan {
  const weeks: PlanWeek[] = [];
  const week = (n: number) => (weeks[n - 1] ??= { n, starts: addDays(start, (n - 1) * 7), hours: 0, entries: [] });
  let n = 1;
  let left = hoursPerWeek;
  const EPS = 1e-9;
  items.forEach((item, index) => {
    let remaining = item.hours;
    const pieces: PlanEntry[] = [];
    if (remaining <= EPS) {
      week(n).entries.push({ index, title: item.title, hours: 0 });
      return;
    }
    while (remaining > EPS) {
      if (left <= EPS) {
        n += 1;
        left = hoursPerWeek;
      }
      const take = Math.min(left, remaining);
      const entry: PlanEntry = { index, title: item.title, hours: round(take) };
      week(n).entries.push(entry);
      week(n).hours = round(week(n).hours + take);
      pieces.push(entry);
      remaining -= take;
      left -= take;
    }
    if (pieces.length > 1) pieces.forEach((p, i) => (p.part = { n: i + 1, of: pieces.length }));
  });
  if (weeks.length === 0) week(1);
  const totalHours = round(items.reduce((s, i) => s + i.hours, 0));
  const ends = addDays(start, weeks.length * 7 - 1);
  const lateBy = due && ends > due ? Math.round((Date.parse(ends) - Date.parse(due)) / 86_400_000) : undefined;
  return { weeks, totalHours, ends, ...(lateBy !== undefined && { lateBy }) };
}

/** "6 h", "1.5 h", "45 min". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return `${round(hours)} h`;
}
