// Search facets: the filters every indexed page carries (data-pagefind-filter), their labels, and
// the search state (query + chosen filters) as it lives in the /search/ page's URL. Pure; no DOM,
// no zod, so the on-demand search bundle can import it.
import { BOND_IDS, BOND_LABELS } from '../schemas/bonds.ts';

/** The facet keys, in the order the search panel shows them. */
export const FACET_KEYS = ['type', 'year', 'kind', 'bond', 'level'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** A page's filter values, per facet; absent facets do not apply to it. */
export type Facets = Partial<Record<FacetKey, string[]>>;

export const TYPE_LABELS: Record<string, string> = {
  lesson: 'Lesson',
  quiz: 'Quiz',
  capstone: 'Capstone',
  project: 'Pair project',
  term: 'Glossary term',
  module: 'Module',
};
const KIND_LABELS: Record<string, string> = { marketing: 'Marketing', systems: 'Systems' };
const LEVEL_LABELS: Record<string, string> = { foundation: 'Foundation', intermediate: 'Intermediate', advanced: 'Advanced' };

export const FACET_LEGENDS: Record<FacetKey, string> = {
  type: 'Content type',
  year: 'Track',
  kind: 'Kind',
  bond: 'Common bond',
  level: 'Level',
};

/** Values in display order, where the order is not alphabetical. */
const ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  type: Object.keys(TYPE_LABELS),
  kind: Object.keys(KIND_LABELS),
  bond: BOND_IDS,
  level: Object.keys(LEVEL_LABELS),
};

/** The track facet's value for everything in an elective pair: electives are not years. */
export const ELECTIVE_FACET = 'elective';

/** The human label of a facet value: "Year 1", "Electives", "Glossary term", "Governance, risk and compliance". */
export function facetLabel(key: FacetKey, value: string): string {
  if (key === 'year') return value === ELECTIVE_FACET ? 'Electives' : `Year ${value}`;
  const labels: Record<string, string> =
    key === 'type' ? TYPE_LABELS : key === 'kind' ? KIND_LABELS : key === 'level' ? LEVEL_LABELS : BOND_LABELS;
  return labels[value] ?? value;
}

/** Sorts a facet's values for display: the defined order, else numeric/alphabetical. */
export function sortValues(key: FacetKey, values: Iterable<string>): string[] {
  const order = ORDER[key];
  const rank = (v: string) => (order?.includes(v) ? order.indexOf(v) : Number.MAX_SAFE_INTEGER);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

export interface SearchState {
  q: string;
  /** Chosen values per facet; a facet with no values is not in the map. */
  filters: Partial<Record<FacetKey, string[]>>;
}

const isFacet = (key: string): key is FacetKey => (FACET_KEYS as readonly string[]).includes(key);

/** Reads the search state from a URL's query string ("?q=funnel&type=lesson&year=1"); unknown keys are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!isFacet(key) || !value.trim()) continue;
    (filters[key] ??= []).push(value.trim());
  }
  for (const key of FACET_KEYS) if (filters[key]) filters[key] = sortValues(key, filters[key]!);
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, in a stable order, so the same search always has the same URL ("" when empty). */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const value of sortValues(key, state.filters[key] ?? [])) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter object: any chosen value within a facet, every facet at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) if (state.filters[key]?.length) out[key] = { any: state.filters[key]! };
  return out;
}

/** Whether the state asks for anything: a query or at least one filter. */
export const hasSearch = (state: SearchState) => Boolean(state.q) || Object.values(state.filters).some((v) => v?.length);

/** Total of chosen filter values. */
export const filterCount = (state: SearchState) => Object.values(state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);

// Facets of each kind of indexed page, from the curriculum graph (structural types, so this module
// needs no graph import at runtime).
type TrackLike = { kind: 'core'; data: { year: number } } | { kind: 'elective' };
interface ModuleLike {
  data: { kind: string; level: string; bonds: readonly string[] };
  track: TrackLike;
}
/** A core year's number, or "elective". */
const trackValue = (track: TrackLike) => (track.kind === 'core' ? String(track.data.year) : ELECTIVE_FACET);
interface LessonLike {
  data: { bonds?: readonly string[] };
  module: ModuleLike;
}
const uniq = (values: Iterable<string>) => [...new Set(values)];

export function moduleFacets(module: ModuleLike, type: 'module' | 'quiz'): Facets {
  const { kind, level, bonds } = module.data;
  return { type: [type], year: [trackValue(module.track)], kind: [kind], bond: [...bonds], level: [level] };
}

export function lessonFacets(lesson: LessonLike): Facets {
  return { ...moduleFacets(lesson.module, 'module'), type: ['lesson'], bond: [...(lesson.data.bonds ?? lesson.module.data.bonds)] };
}

/** A capstone (or pair project) needs both sides: it is found under either kind, and under its modules' levels. */
export function capstoneFacets(capstone: {
  kind: 'capstone' | 'project';
  data: { bonds: readonly string[] };
  track: TrackLike & { modules: ModuleLike[] };
}): Facets {
  return {
    type: [capstone.kind],
    year: [trackValue(capstone.track)],
    kind: ['marketing', 'systems'],
    bond: [...capstone.data.bonds],
    level: uniq(capstone.track.modules.map((m) => m.data.level)),
  };
}

/** A term: its kind ("both" counts as either), its years (and "elective"), and the bonds and levels of the lessons that teach or use it. */
export function termFacets(term: {
  data: { kind: string; years: readonly number[]; electives: readonly string[] };
  taughtIn: LessonLike[];
  usedIn: LessonLike[];
}): Facets {
  const lessons = [...term.taughtIn, ...term.usedIn];
  return {
    type: ['term'],
    year: [...term.data.years.map(String), ...(term.data.electives.length ? [ELECTIVE_FACET] : [])],
    kind: term.data.kind === 'both' ? ['marketing', 'systems'] : [term.data.kind],
    bond: uniq(lessons.flatMap((l) => l.data.bonds ?? l.module.data.bonds)),
    level: uniq(lessons.map((l) => l.module.data.level)),
  };
}
