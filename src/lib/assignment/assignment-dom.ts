// Building the assignment's HTML in the browser, shared by the assignment view, the builder's
// preview and the syllabus. Every string that came from a link is set with textContent, never as
// HTML; URLs come from the build-time catalogue only. No DOM at import time.
import type { Assignment } from './assignment.ts';
import { dueText } from './assignment.ts';
import { itemLabel, type ItemStatus, type ResolvedItem } from './assignment-progress.ts';
import { formatDate } from '../learning.ts';

type Child = Node | string | null | undefined | false;

/** createElement with a class and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** Instructions as paragraphs (a blank line starts a new one; single line breaks are kept by CSS). */
export function instructionsNodes(text: string | undefined): HTMLElement[] {
  if (!text?.trim()) return [];
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => h('p', {}, para));
}

/** Fills `p` with "Starts 18 January 2027 · Due 1 February 2027 (due in 3 days) · Quizzes need 80 %…". */
export function fillDates(p: HTMLElement, a: Assignment, today: string) {
  p.replaceChildren();
  const segments: Child[][] = [];
  if (a.start) segments.push([`Starts ${formatDate(a.start)}`]);
  if (a.due) {
    const text = dueText(a.due, today);
    segments.push([`Due ${formatDate(a.due)} `, h('strong', { class: text.startsWith('overdue') ? 'overdue' : 'due' }, `(${text})`)]);
  }
  if (a.passMark !== undefined) segments.push([`Quizzes need ${a.passMark} % to count as done`]);
  segments.forEach((segment, i) => {
    if (i) p.append(' · ');
    for (const part of segment) if (part) p.append(part);
  });
  p.hidden = segments.length === 0;
}

const STATE_WORDS = { done: 'Done', started: 'In progress', 'not-started': 'Not started', unavailable: 'No longer available' } as const;

/** One list item per assignment item: kind, linked title, and (with statuses) the learner's progress. */
export function itemNodes(resolved: ResolvedItem[], statuses?: ItemStatus[]): HTMLLIElement[] {
  return resolved.map((r, i) => {
    const status = statuses?.[i];
    const kind = r.module?.kind;
    const li = h('li', { class: `a-item${status ? ` state-${status.state}` : ''}${r.available ? '' : ' unavailable'}` });
    li.append(h('span', { class: `badge${kind ? ` kind-${kind}` : ''}` }, itemLabel(r)), ' ');
    if (r.available) li.append(h('a', { href: r.url! }, r.title!));
    else li.append(h('span', { class: 'missing' }, `“${r.item.id}”: no longer available on this site`));
    if (status && r.available) li.append(h('span', { class: 'a-status' }, h('strong', {}, STATE_WORDS[status.state]), ` · ${status.text}`));
    return li;
  });
}
