// <cv-assignment-builder>: reads the builder form, filters the picker, and keeps the share link and
// the preview in step with every change. The link is made by the codec (assignment.ts); the preview
// uses the same rendering as the assignment view (assignment-dom.ts).
import { assignmentProblems, decodeAssignment, encodeAssignment, localToday, type Assignment, type ItemKind } from './assignment.ts';
import { resolveItems } from './assignment-progress.ts';
import { fillDates, h, instructionsNodes, itemNodes } from './assignment-dom.ts';
import { pageCatalogue } from '../page-data.ts';
import type { Catalogue } from '../catalogue.ts';

const KINDS = new Set<ItemKind>(['module', 'lesson', 'quiz', 'capstone']);

/** The assignment the form describes (fields left empty are left out). */
export function readForm(form: HTMLFormElement): Assignment {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const number = (name: string) => (text(name) === '' ? undefined : Number(text(name)));
  const items = data
    .getAll('item')
    .map(String)
    .map((value) => {
      const [kind, ...id] = value.split(':');
      return { kind: kind as ItemKind, id: id.join(':') };
    })
    .filter((item) => KINDS.has(item.kind));
  const a: Assignment = { title: text('title'), items };
  const optional = { instructions: text('instructions') || undefined, start: text('start') || undefined, due: text('due') || undefined };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (a as unknown as Record<string, unknown>)[k] = v;
  const passMark = number('passMark');
  const hours = number('hoursPerWeek');
  if (passMark !== undefined) a.passMark = passMark;
  if (hours !== undefined) a.hoursPerWeek = hours;
  return a;
}

export class AssignmentBuilder extends HTMLElement {
  #catalogue!: Catalogue;
  #form!: HTMLFormElement;
  #link = '';

  connectedCallback() {
    this.#catalogue = pageCatalogue()!;
    this.#form = this.querySelector('form')!;
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).closest('[data-filter]')) this.#filter();
      else this.#update();
    });
    this.#form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).closest('[data-filter]')) this.#filter();
      else this.#update();
    });
    this.#part('copy').addEventListener('click', () => void this.#copy());
    this.#restore();
    this.#filter();
    this.#update();
  }

  /** Opened with an assignment in the #fragment (a reload, or "edit" from a shared link): fill the form from it. */
  #restore() {
    const result = decodeAssignment(location.hash.slice(1));
    if (!result.ok) return;
    const a = result.assignment;
    const set = (name: string, value: string | number | undefined) => {
      const field = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
      if (field) field.value = value === undefined ? '' : String(value);
    };
    set('title', a.title);
    set('instructions', a.instructions);
    set('start', a.start);
    set('due', a.due);
    set('passMark', a.passMark);
    set('hoursPerWeek', a.hoursPerWeek);
    const boxes = new Map([...this.querySelectorAll<HTMLInputElement>('input[name="item"]')].map((box) => [box.value, box]));
    const missing = a.items.filter((item) => {
      const box = boxes.get(`${item.kind}:${item.id}`);
      if (box) box.checked = true;
      return !box;
    });
    if (missing.length)
      this.#part('restored').textContent =
        `${missing.length} item${missing.length === 1 ? '' : 's'} from the link ${missing.length === 1 ? 'is' : 'are'} no longer on this site and ${missing.length === 1 ? 'was' : 'were'} left out: ${missing.map((i) => i.id).join(', ')}.`;
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  /** Shows the rows that match the search, kind and track; a module stays while any of its rows match. */
  #filter() {
    const query = this.querySelector<HTMLInputElement>('[data-filter="text"]')!.value.trim().toLowerCase();
    const kind = this.querySelector<HTMLSelectElement>('[data-filter="kind"]')!.value;
    const track = this.querySelector<HTMLSelectElement>('[data-filter="track"]')!.value;
    let shown = 0;
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-track]')) {
      const trackMatch = !track || fieldset.dataset.track === track;
      const rows = [...fieldset.querySelectorAll<HTMLElement>('[data-row]')].reverse(); // children before parents
      let any = false;
      for (const row of rows) {
        const self = trackMatch && (!kind || row.dataset.kind === kind) && (!query || row.dataset.title!.includes(query));
        const child = [...row.querySelectorAll<HTMLElement>(':scope > ul > [data-row]')].some((r) => !r.hidden);
        row.hidden = !(self || child);
        if (self) shown += 1;
        any ||= !row.hidden;
      }
      fieldset.hidden = !any;
    }
    this.#part('count').textContent =
      shown === 0 ? 'Nothing matches these filters.' : `${shown} matching item${shown === 1 ? '' : 's'} shown.`;
  }

  #update() {
    const assignment = readForm(this.#form);
    const problems = assignmentProblems(assignment);
    let token = '';
    if (!problems.length) {
      try {
        token = encodeAssignment(assignment);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    this.#part('problems').replaceChildren(...problems.map((p) => h('li', {}, p)));
    const viewUrl = new URL(this.dataset.view!, location.href).href;
    this.#link = token ? `${viewUrl}#${token}` : '';
    const link = this.#part<HTMLInputElement>('link');
    link.value = this.#link;
    this.#part('link-hint').textContent = token
      ? `${this.#link.length} characters. Anyone with the link sees the assignment; it holds only ids, dates and the text above.`
      : 'The link appears here once the assignment has a title and at least one item.';
    this.#part<HTMLButtonElement>('copy').disabled = !token;
    const open = this.#part<HTMLAnchorElement>('open');
    const syllabus = this.#part<HTMLAnchorElement>('syllabus');
    open.hidden = syllabus.hidden = !token;
    if (token) {
      // The work survives a reload, and the builder's own address can be kept to edit it later.
      history.replaceState(null, '', `#${token}`);
      open.href = this.#link;
      syllabus.href = `${this.dataset.syllabus}#${token}`;
    }
    this.#part('copied').textContent = '';
    this.#preview(assignment);
  }

  #preview(a: Assignment) {
    this.#part('p-title').textContent = a.title || '(no title yet)';
    fillDates(this.#part('p-dates'), a, localToday());
    this.#part('p-instructions').replaceChildren(...instructionsNodes(a.instructions));
    this.#part('p-items').replaceChildren(...itemNodes(resolveItems(a, this.#catalogue)));
  }

  async #copy() {
    const status = this.#part('copied');
    const input = this.#part<HTMLInputElement>('link');
    try {
      await navigator.clipboard.writeText(this.#link);
      status.textContent = 'Link copied. Paste it into your course page, email or LMS announcement.';
    } catch {
      input.focus();
      input.select();
      status.textContent = 'Copying is blocked in this browser: the link is selected, press Ctrl+C or ⌘C to copy it.';
    }
  }
}

if (!customElements.get('cv-assignment-builder')) customElements.define('cv-assignment-builder', AssignmentBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'cv-assignment-builder': AssignmentBuilder;
  }
}
