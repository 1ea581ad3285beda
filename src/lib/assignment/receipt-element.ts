// <cv-receipt-check>: an instructor pastes or opens a student's receipt file and sees whether its
// fingerprint matches its content, and what it says. The file is read in the browser; nothing is
// uploaded anywhere. Everything from the file is set as text.
import { checkReceipt } from './assignment-progress.ts';
import { h } from './assignment-dom.ts';
import { formatDate } from '../learning.ts';

const STATES = { done: 'done', started: 'in progress', 'not-started': 'not started', unavailable: 'no longer available' } as Record<
  string,
  string
>;

export class ReceiptCheck extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const file = this.querySelector<HTMLInputElement>('input[type="file"]')!;
    const text = this.querySelector('textarea')!;
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      text.value = chosen.size > 1_000_000 ? '' : await chosen.text();
      void this.#check(text.value);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#check(text.value);
    });
  }

  async #check(input: string) {
    const out = this.querySelector<HTMLElement>('[data-part="result"]')!;
    if (!input.trim()) {
      out.replaceChildren(h('p', {}, 'Paste a receipt, or choose its file, first.'));
      return;
    }
    const result = await checkReceipt(input);
    if (!result.ok) {
      out.replaceChildren(h('p', { class: 'verdict bad' }, result.error));
      return;
    }
    const r = result.receipt;
    const safe = (v: unknown) => (typeof v === 'string' ? v : '');
    const exported = Number.isNaN(Date.parse(r.exported)) ? safe(r.exported) : formatDate(r.exported);
    out.replaceChildren(
      result.matches
        ? h('p', { class: 'verdict good' }, `Fingerprint matches (${result.expected}): the file is as it was exported.`)
        : h(
            'p',
            { class: 'verdict bad' },
            `Fingerprint does not match: the file was changed after it was exported (it says ${safe(r.fingerprint)}, its content gives ${result.expected}).`,
          ),
      h('p', {}, `“${safe(r.assignment.title)}”, exported ${exported}${r.learner ? ` by ${safe(r.learner)}` : ''}. Self-reported.`),
      h(
        'ul',
        {},
        ...r.items.slice(0, 200).map((item) => {
          const i = (item ?? {}) as unknown as Record<string, unknown>;
          const score = typeof i.quizBest === 'number' ? `, quiz best ${i.quizBest} %` : '';
          const when = typeof i.completed === 'string' && !Number.isNaN(Date.parse(i.completed)) ? `, ${formatDate(i.completed)}` : '';
          return h(
            'li',
            {},
            `${safe(i.title) || safe(i.id)}: ${Object.hasOwn(STATES, safe(i.state)) ? STATES[safe(i.state)] : 'unknown state'}${score}${when}`,
          );
        }),
      ),
    );
  }
}

if (!customElements.get('cv-receipt-check')) customElements.define('cv-receipt-check', ReceiptCheck);

declare global {
  interface HTMLElementTagNameMap {
    'cv-receipt-check': ReceiptCheck;
  }
}
