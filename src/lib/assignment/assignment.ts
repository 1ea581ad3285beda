/**
 * The assignment link codec: an instructor's assignment, carried whole in the link it is shared by.
 *
 * A token is `<version>.<payload>.<check>`:
 *   version  "1" (a token with a higher number was made by a newer Converge and is refused politely);
 *   payload  base64url of the UTF-8 JSON { t, n?, s?, d?, p?, h?, i } (short keys keep links short):
 *              t title, n instructions (plain text), s start and d due date (YYYY-MM-DD),
 *              p required quiz pass mark (percent), h study hours per week (for the syllabus),
 *              i items as "m:<module>", "l:<module>/<lesson>", "q:<module>" (its quiz), "c:<capstone>";
 *   check    FNV-1a 32-bit of the payload, base 36: catches a link cut short or mangled in copying.
 *
 * Only ids, dates, numbers and plain text travel; a page renders every string with textContent. The
 * check is not a signature: anyone can edit a link and recompute it, so a link proves nothing about
 * who made it. The token uses only [A-Za-z0-9_.-], so it fits the learner store and a URL fragment
 * without escaping. Pure: no DOM; btoa/atob/TextEncoder exist in browsers and Node alike.
 */

export const ASSIGNMENT_VERSION = 1;
export const LIMITS = {
  title: 120,
  instructions: 1500,
  items: 100,
  /** The learner store keeps tokens up to 8,000 characters. */
  token: 8000,
  hoursPerWeek: 60,
} as const;

export type ItemKind = 'module' | 'lesson' | 'quiz' | 'capstone';
export interface AssignmentItem {
  kind: ItemKind;
  /** A module or capstone id; a lesson as "module/slug"; a quiz by its module's id. */
  id: string;
}

export interface Assignment {
  title: string;
  instructions?: string;
  /** YYYY-MM-DD */
  start?: string;
  /** YYYY-MM-DD */
  due?: string;
  /** A pass mark (1–100) every quiz in the assignment must reach, instead of the quiz's own. */
  passMark?: number;
  /** Study hours per week, for the syllabus's weekly plan. */
  hoursPerWeek?: number;
  items: AssignmentItem[];
}

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: string };

const KIND_CODE: Record<ItemKind, string> = { module: 'm', lesson: 'l', quiz: 'q', capstone: 'c' };
const CODE_KIND: Record<string, ItemKind> = { m: 'module', l: 'lesson', q: 'quiz', c: 'capstone' };
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Control characters other than line breaks and tabs have no place in a title or instructions.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Every reason an assignment cannot be shared, in plain English; empty when it is fine. */
export function assignmentProblems(a: Assignment): string[] {
  const problems: string[] = [];
  const title = typeof a.title === 'string' ? a.title.trim() : '';
  if (!title) problems.push('Give the assignment a title.');
  else if (title.length > LIMITS.title) problems.push(`The title is longer than ${LIMITS.title} characters.`);
  else if (CONTROL.test(title) || /[\r\n]/.test(title)) problems.push('The title contains characters that cannot be shown.');
  if (a.instructions !== undefined) {
    if (typeof a.instructions !== 'string') problems.push('The instructions are not text.');
    else if (a.instructions.length > LIMITS.instructions)
      problems.push(`The instructions are longer than ${LIMITS.instructions} characters.`);
    else if (CONTROL.test(a.instructions)) problems.push('The instructions contain characters that cannot be shown.');
  }
  if (a.start !== undefined && !isIsoDate(a.start)) problems.push('The start date is not a date.');
  if (a.due !== undefined && !isIsoDate(a.due)) problems.push('The due date is not a date.');
  if (isIsoDate(a.start) && isIsoDate(a.due) && a.due < a.start) problems.push('The due date is before the start date.');
  if (a.passMark !== undefined && !(Number.isInteger(a.passMark) && a.passMark >= 1 && a.passMark <= 100))
    problems.push('The required pass mark must be a whole number from 1 to 100.');
  if (a.hoursPerWeek !== undefined && !(Number.isInteger(a.hoursPerWeek) && a.hoursPerWeek >= 1 && a.hoursPerWeek <= LIMITS.hoursPerWeek))
    problems.push(`Hours per week must be a whole number from 1 to ${LIMITS.hoursPerWeek}.`);
  if (!Array.isArray(a.items) || a.items.length === 0) problems.push('Choose at least one module, lesson, quiz or capstone.');
  else if (a.items.length > LIMITS.items) problems.push(`An assignment holds at most ${LIMITS.items} items.`);
  else {
    const seen = new Set<string>();
    for (const item of a.items) {
      const ok =
        item !== null &&
        typeof item === 'object' &&
        typeof item.id === 'string' &&
        item.kind in KIND_CODE &&
        (item.kind === 'lesson' ? LESSON_ID : ID).test(item.id) &&
        item.id.length <= 120;
      if (!ok) {
        problems.push('An item is not a module, lesson, quiz or capstone id.');
        break;
      }
      const key = `${item.kind}:${item.id}`;
      if (seen.has(key)) {
        problems.push('An item is listed twice.');
        break;
      }
      seen.add(key);
    }
  }
  return problems;
}

// ---- base64url of UTF-8, and the check ----
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(b64: string): string {
  const binary = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** FNV-1a, 32 bits, with a seed: a fast, deterministic fingerprint for catching damage, not for security. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const check = (payload: string) => fnv1a(payload).toString(36);

/** The key the learner store keeps a saved assignment under: 16 hex digits from the token. */
export function assignmentId(token: string): string {
  const a = fnv1a(token).toString(16).padStart(8, '0');
  const b = fnv1a(token, 0x01000193 ^ 0x5bd1e995)
    .toString(16)
    .padStart(8, '0');
  return `a${a}${b}`;
}

/** The assignment as it goes in a link; throws with the first problem when it cannot be shared. */
export function encodeAssignment(a: Assignment): string {
  const problems = assignmentProblems(a);
  if (problems.length) throw new Error(problems[0]);
  const payload: Record<string, unknown> = { t: a.title.trim() };
  if (a.instructions?.trim()) payload.n = a.instructions.trim();
  if (a.start) payload.s = a.start;
  if (a.due) payload.d = a.due;
  if (a.passMark !== undefined) payload.p = a.passMark;
  if (a.hoursPerWeek !== undefined) payload.h = a.hoursPerWeek;
  payload.i = a.items.map((item) => `${KIND_CODE[item.kind]}:${item.id}`);
  const body = toBase64Url(JSON.stringify(payload));
  const token = `${ASSIGNMENT_VERSION}.${body}.${check(body)}`;
  if (token.length > LIMITS.token) throw new Error('The assignment is too long to fit in a link; shorten the instructions.');
  return token;
}

const DAMAGED = 'This assignment link is damaged: part of it is missing or was changed. Ask your instructor to send it again.';
const FIELDS = new Set(['t', 'n', 's', 'd', 'p', 'h', 'i']);

/** Reads a token back; never throws, and returns an assignment only when every field is valid. */
export function decodeAssignment(token: unknown): DecodeResult {
  if (typeof token !== 'string' || token.trim() === '')
    return { ok: false, error: 'This link has no assignment in it. Open the full link your instructor shared.' };
  if (token.length > LIMITS.token) return { ok: false, error: 'This assignment link is too long to be one Converge makes.' };
  const parts = /^(\d{1,4})\.([A-Za-z0-9_-]+)\.([0-9a-z]{1,8})$/.exec(token.trim());
  if (!parts) return { ok: false, error: DAMAGED };
  const [, version, body, sum] = parts as unknown as [string, string, string, string];
  if (Number(version) > ASSIGNMENT_VERSION)
    return {
      ok: false,
      error: 'This assignment link was made by a newer version of Converge than this site. Ask your instructor for the link again.',
    };
  if (Number(version) !== ASSIGNMENT_VERSION) return { ok: false, error: DAMAGED };
  if (check(body) !== sum) return { ok: false, error: DAMAGED };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    return { ok: false, error: DAMAGED };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: DAMAGED };
  const raw = data as Record<string, unknown>;
  if (Object.keys(raw).some((k) => !FIELDS.has(k)) || !Array.isArray(raw.i)) return { ok: false, error: DAMAGED };
  if (raw.i.length > LIMITS.items || !raw.i.every((x) => typeof x === 'string' && x.length <= 130)) return { ok: false, error: DAMAGED };
  const items = (raw.i as string[]).map((code) => ({ kind: CODE_KIND[code.slice(0, 1)], id: code.slice(2), sep: code.slice(1, 2) }));
  if (items.some((item) => !item.kind || item.sep !== ':')) return { ok: false, error: DAMAGED };
  const assignment: Assignment = {
    title: raw.t as string,
    ...(raw.n !== undefined && { instructions: raw.n as string }),
    ...(raw.s !== undefined && { start: raw.s as string }),
    ...(raw.d !== undefined && { due: raw.d as string }),
    ...(raw.p !== undefined && { passMark: raw.p as number }),
    ...(raw.h !== undefined && { hoursPerWeek: raw.h as number }),
    items: items.map(({ kind, id }) => ({ kind: kind!, id })),
  };
  if (typeof assignment.title !== 'string' || assignmentProblems(assignment).length) return { ok: false, error: DAMAGED };
  return { ok: true, assignment };
}

/** Whole days from `today` to `due` (both YYYY-MM-DD); negative when past. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "due today", "due tomorrow", "due in 3 days", "overdue by 1 day". */
export function dueText(due: string, today: string): string {
  const days = daysUntil(due, today);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  return `overdue by ${-days} day${days === -1 ? '' : 's'}`;
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
