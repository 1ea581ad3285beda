// <cv-assignment>: the assignment a link carries (in its #fragment, never sent to a server), with
// the learner's own progress on each item, "Save to My learning" and the completion receipt.
import { assignmentId, decodeAssignment, localToday, type Assignment } from './assignment.ts';
import { buildReceipt, itemLabel, itemStatus, receiptFile, resolveItems, summarise, type ResolvedItem } from './assignment-progress.ts';
import { fillDates, h, instructionsNodes, itemNodes } from './assignment-dom.ts';
import { pageCatalogue } from '../page-data.ts';
import { onOtherTabChange, progressStore } from '../browser-store.ts';
import type { Catalogue } from '../catalogue.ts';
import { formatDate } from '../learning.ts';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'assignment';

export class AssignmentView extends HTMLElement {
  #catalogue!: Catalogue;
  #current?: { token: string; id: string; assignment: Assignment; resolved: ResolvedItem[] };

  connectedCallback() {
    this.#catalogue = pageCatalogue()!;
    this.#part('save').addEventListener('click', () => this.#toggleSave());
    this.#part('export').addEventListener('click', () => void this.#exportReceipt());
    this.#part('print').addEventListener('click', () => window.print());
    const name = this.#part<HTMLInputElement>('name');
    name.value = progressStore().progress.learnerName ?? '';
    name.addEventListener('change', () => progressStore().setLearnerName(name.value));
    window.addEventListener('hashchange', () => this.#load());
    onOtherTabChange(() => this.#render());
    this.#load();
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #show(state: 'empty' | 'error' | 'ok') {
    for (const el of this.querySelectorAll<HTMLElement>('[data-state]')) el.hidden = el.dataset.state !== state;
  }

  #load() {
    const token = location.hash.slice(1);
    this.#current = undefined;
    this.#part('receipt').hidden = true;
    if (!token) return this.#show('empty');
    const result = decodeAssignment(token);
    if (!result.ok) {
      this.#part('error').textContent = result.error;
      document.title = 'Assignment link cannot be opened · Converge';
      return this.#show('error');
    }
    const { assignment } = result;
    this.#current = { token, id: assignmentId(token), assignment, resolved: resolveItems(assignment, this.#catalogue) };
    document.title = `${assignment.title} · Assignment · Converge`;
    this.#render();
    this.#show('ok');
    const syllabus = this.#part<HTMLAnchorElement>('syllabus');
    syllabus.href = `${syllabus.dataset.base}#${token}`;
  }

  #render() {
    const current = this.#current;
    if (!current) return;
    const { assignment, resolved, id } = current;
    const progress = progressStore().progress;
    const statuses = resolved.map((r) => itemStatus(r, progress, assignment.passMark));
    this.#part('title').textContent = assignment.title;
    fillDates(this.#part('dates'), assignment, localToday());
    this.#part('instructions').replaceChildren(...instructionsNodes(assignment.instructions));
    const items = itemNodes(resolved, statuses);
    // A capstone has no lessons to mark: the learner says when it is handed in, here.
    resolved.forEach((r, i) => {
      if (r.item.kind !== 'capstone' || !r.available) return;
      const done = statuses[i]!.state === 'done';
      const label = itemLabel(r);
      const noun = label.toLowerCase();
      const button = h(
        'button',
        { type: 'button', class: 't-button secondary small', 'aria-pressed': String(done) },
        done ? `${label} marked done` : `Mark ${noun} as done`,
      );
      button.addEventListener('click', () => {
        progressStore().setCapstoneComplete(r.item.id, !done);
        this.#render();
        this.#part('announce').textContent = done ? `${label} marked as not done.` : `${label} marked as done.`;
        this.#part('items').children[i]?.querySelector('button')?.focus();
      });
      items[i]!.append(button);
    });
    this.#part('items').replaceChildren(...items);
    const summary = summarise(statuses);
    const bar = this.#part<HTMLProgressElement>('bar');
    bar.max = Math.max(summary.total, 1);
    bar.value = summary.done;
    this.#part('summary').textContent =
      `${summary.done} of ${summary.total} done` +
      (summary.unavailable
        ? ` · ${summary.unavailable} no longer available on this site (listed below; your instructor may have linked content that has since changed)`
        : '');
    const saved = Boolean(progress.assignments[id]);
    const save = this.#part('save');
    save.setAttribute('aria-pressed', String(saved));
    save.textContent = saved ? 'Saved to My learning' : 'Save to My learning';
    this.#part('storage-note').hidden = !progressStore().memoryOnly;
  }

  #toggleSave() {
    const current = this.#current;
    if (!current) return;
    const store = progressStore();
    const saved = Boolean(store.progress.assignments[current.id]);
    if (saved) store.removeAssignment(current.id);
    else
      store.saveAssignment(current.id, {
        token: current.token,
        title: current.assignment.title,
        ...(current.assignment.due && { due: current.assignment.due }),
      });
    this.#render();
    this.#part('announce').textContent = saved
      ? 'Removed from My learning.'
      : 'Saved to My learning. It is listed there with its due date, in this browser.';
  }

  async #exportReceipt() {
    const current = this.#current;
    if (!current) return;
    const receipt = buildReceipt({ ...current, progress: progressStore().progress });
    const text = await receiptFile(receipt);
    const { fingerprint } = JSON.parse(text) as { fingerprint: string };
    const link = h('a', {
      href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: `converge-receipt-${slug(current.assignment.title)}-${receipt.exported.slice(0, 10)}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#part('receipt-time').textContent =
      `${formatDate(receipt.exported)}, ${new Date(receipt.exported).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })}`;
    this.#part('fingerprint').textContent = fingerprint;
    this.#part('receipt-learner').textContent = receipt.learner ?? 'not given';
    this.#part('receipt').hidden = false;
    this.#part('announce').textContent = `Receipt downloaded. Its fingerprint is ${fingerprint}.`;
  }
}

if (!customElements.get('cv-assignment')) customElements.define('cv-assignment', AssignmentView);

declare global {
  interface HTMLElementTagNameMap {
    'cv-assignment': AssignmentView;
  }
}
