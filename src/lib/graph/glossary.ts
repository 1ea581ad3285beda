/**
 * The glossary part of the curriculum graph: parses term files, links "see also" terms and the
 * lessons that teach or use each term, and collects every problem (unknown ids, names or synonyms
 * claimed by two terms, <Term id="…"> tags naming no term) into the graph's problem list.
 */
import { z } from 'astro/zod';
import { GlossaryTermSchema, type GlossaryTermData } from '../../schemas/glossary.ts';
import { baseName, fieldName, withoutCode } from './content-entries.ts';

export const glossaryUrl = '/glossary/';
/** The anchor of a term on the A–Z page: what a <Term> links to without JavaScript. */
export const termAnchorUrl = (id: string) => `${glossaryUrl}#${id}`;
/** A term's own page: its search result and permalink. */
export const termUrl = (id: string) => `${glossaryUrl}${id}/`;

export interface GlossaryTerm<L = unknown> {
  id: string;
  filePath: string;
  /** The term's own page. */
  url: string;
  /** Its anchor on the A–Z page. */
  anchorUrl: string;
  data: GlossaryTermData;
  seeAlso: GlossaryTerm<L>[];
  /** Lessons listed in the term file as teaching it. */
  taughtIn: L[];
  /** Lessons whose body uses it with <Term id="…">, in study order of input. */
  usedIn: L[];
}

interface Entry {
  id: string;
  filePath: string;
  data: unknown;
}
interface BodyOwner {
  id: string;
  filePath: string;
  body: string;
}

/** Ids of the <Term id="…"> tags in an MDX body (code skipped); null for a tag without an id. */
export function termIds(body: string): (string | null)[] {
  const source = withoutCode(body);
  return [...source.matchAll(/<Term\b([^>]*)>/g)].map((m) => /\bid=["']([^"']+)["']/.exec(m[1]!)?.[1] ?? null);
}

/** Lower-cased, single-spaced: how names and synonyms are compared for duplicates. */
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Builds the glossary from term files. `lessons` maps lesson ids ("module/slug") to lessons;
 * `bodies` are every lesson and capstone body, scanned for <Term> tags. Problems are appended.
 */
export function buildGlossary<L extends BodyOwner>(
  entries: Entry[],
  lessons: ReadonlyMap<string, L>,
  bodies: BodyOwner[],
  problems: string[],
): Map<string, GlossaryTerm<L>> {
  const terms = new Map<string, GlossaryTerm<L>>();
  for (const entry of entries) {
    const id = baseName(entry.filePath);
    const result = (GlossaryTermSchema as z.ZodType<GlossaryTermData>).safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${entry.filePath}: field "${fieldName(issue.path, '(file)')}" ${issue.message}`);
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push(
        `${entry.filePath}: the file name is the term's id and must be lower-case words joined by hyphens, e.g. "event-pipeline.yaml"`,
      );
      continue;
    }
    terms.set(id, {
      id,
      filePath: entry.filePath,
      url: termUrl(id),
      anchorUrl: termAnchorUrl(id),
      data: result.data,
      seeAlso: [],
      taughtIn: [],
      usedIn: [],
    });
  }

  // Names and synonyms: each belongs to one term only, so search and <Term> never have to guess.
  const owners = new Map<string, GlossaryTerm<L>>();
  for (const term of terms.values()) {
    const names: [string, string][] = [['term', term.data.term], ...term.data.synonyms.map((s): [string, string] => ['synonyms', s])];
    for (const [field, name] of names) {
      const owner = owners.get(norm(name));
      if (owner && owner !== term)
        problems.push(`${term.filePath}: field "${field}" has "${name}", which is already the name or a synonym of ${owner.filePath}`);
      else if (owner === term && field === 'synonyms')
        problems.push(`${term.filePath}: field "synonyms" repeats the term's own name "${name}"`);
      else owners.set(norm(name), term);
    }
  }

  for (const term of terms.values()) {
    for (const other of term.data.seeAlso) {
      const target = terms.get(other);
      if (other === term.id) problems.push(`${term.filePath}: field "seeAlso" names the term itself`);
      else if (!target)
        problems.push(
          `${term.filePath}: field "seeAlso" names "${other}", but no glossary term has that id (content/glossary/${other}.yaml)`,
        );
      else term.seeAlso.push(target);
    }
    for (const ref of term.data.lessons) {
      const lesson = lessons.get(ref);
      if (!lesson) problems.push(`${term.filePath}: field "lessons" names "${ref}", but no lesson has that id (module-id/lesson-slug)`);
      else term.taughtIn.push(lesson);
    }
  }

  for (const owner of bodies) {
    const seen = new Set<string>();
    for (const id of termIds(owner.body)) {
      if (id === null) {
        problems.push(`${owner.filePath}: a <Term> has no id; write <Term id="term-id">text</Term> with a file in content/glossary/`);
        continue;
      }
      const term = terms.get(id);
      if (!term) {
        problems.push(`${owner.filePath}: <Term id="${id}"> names no glossary term; add content/glossary/${id}.yaml or fix the id`);
        continue;
      }
      const lesson = lessons.get(owner.id);
      if (lesson && !seen.has(id)) term.usedIn.push(lesson);
      seen.add(id);
    }
  }
  return terms;
}

/** Terms grouped by first letter (A–Z, then "#" for digits and symbols), in the given order. */
export function byLetter<T extends { data: { term: string } }>(terms: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const first = term.data.term
      .normalize('NFD')
      .replace(/[^\p{L}\p{N}]/gu, '')
      .charAt(0)
      .toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(term);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
}

/** The lessons that teach a term, then those that use it, without repeats. */
export function termLessons<L>(term: GlossaryTerm<L>): L[] {
  return [...new Set([...term.taughtIn, ...term.usedIn])];
}

const nameIndexes = new WeakMap<object, Map<string, unknown>>();

/** The term whose name or synonym this is (any case), e.g. a lesson's key term; undefined when none. */
export function termNamed<L>(glossary: ReadonlyMap<string, GlossaryTerm<L>>, name: string): GlossaryTerm<L> | undefined {
  let index = nameIndexes.get(glossary) as Map<string, GlossaryTerm<L>> | undefined;
  if (!index) {
    index = new Map();
    for (const term of glossary.values())
      for (const n of [term.data.term, ...term.data.synonyms]) if (!index.has(norm(n))) index.set(norm(n), term);
    nameIndexes.set(glossary, index);
  }
  return index.get(norm(name));
}
