// <cv-review>: today's review on /review/ (src/pages/review.astro). It brings stale schedules up to date
// (a changed question is reset, a removed one forgotten), fetches the modules' question fragments for
// today's due questions before the first shows (so answering needs no network), then shows them one at a
// time inside the quiz's own element (<cv-quiz data-mode="review">, which reschedules each on Check),
// and ends with a summary. Keyboard: Start, answer, Enter to check, Enter on Next. The rules live in
// review.ts and review-due.ts; nothing from storage is written as HTML.
import { onOtherTabChange, progressStore } from './browser-store.ts';
import { embedded } from './page-data.ts';
import { doneToday, dueCount, nextDue, reconcile, reviewSettings, todaysQueue, type ReviewFragment, type ReviewIndex } from './review.ts';
import type { QuizCheckedDetail } from './quiz-element.ts';
import './quiz-element.ts';
import { plural } from './plural.ts';

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
const longDate = (d: Date) => d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

type State = 'start' | 'session' | 'summary';

export class ReviewElement extends HTMLElement {
  #index!: ReviewIndex;
  #queue: string[] = [];
  #fragments = new Map<string, ReviewFragment>();
  #at = 0;
  #right = 0;
  #busy = false;

  connectedCallback() {
    this.#index = embedded<ReviewIndex>('cv-review-index')!;
    $(this, '[data-needs-js]').hidden = true;
    for (const el of this.querySelectorAll<HTMLElement>('[data-ready]')) el.hidden = false;
    this.#reconcile();
    this.#settingsForm();
    void this.#prepare();
    $(this, '[data-action="start"]').addEventListener('click', () => this.#show(0));
    $(this, '[data-action="next"]').addEventListener('click', () =>
      this.#at + 1 < this.#queue.length ? this.#show(this.#at + 1) : this.#summary(),
    );
    this.addEventListener('quiz-checked', (e) => this.#checked(e.detail));
    // Another tab answered or reviewed: refresh the start screen, never a session in progress.
    onOtherTabChange(() => {
      if (this.#state() === 'start') void this.#prepare();
    });
  }

  #state(): State | undefined {
    return this.querySelector<HTMLElement>('[data-state]:not([hidden])')?.dataset.state as State | undefined;
  }

  #setState(state: State) {
    for (const el of this.querySelectorAll<HTMLElement>('[data-state]')) el.hidden = el.dataset.state !== state;
  }

  /** Questions changed since they were answered start again as new; questions no longer in the curriculum are forgotten. */
  #reconcile() {
    const store = progressStore();
    const current = Object.fromEntries(Object.entries(this.#index.questions).map(([id, [, hash]]) => [id, hash]));
    const { reset, gone } = reconcile(store.progress.reviews, current, new Date());
    if (Object.keys(reset).length) store.recordReviews(reset);
    store.forgetReviews(gone);
  }

  /** Works out today's queue and fetches its questions, then offers Start (or says why there is nothing). */
  async #prepare() {
    const store = progressStore();
    const now = new Date();
    const { progress } = store;
    this.#queue = todaysQueue(progress, now).filter((id) => this.#index.questions[id]);
    this.#setState('start');
    const heading = $(this, '[data-out="start-heading"]');
    const text = $(this, '[data-out="start-text"]');
    const action = $(this, '[data-out="start-action"]');
    $(this, '[data-out="start-link"]').hidden = true;
    action.hidden = true;
    if (!this.#queue.length) {
      const reviewed = Object.keys(progress.reviews).length;
      const waiting = dueCount(progress.reviews, now);
      const next = nextDue(progress.reviews, now);
      heading.textContent = 'Nothing due today';
      if (!reviewed) {
        text.textContent =
          'You have not answered any questions yet. Answer the quick checks in a lesson or take a module quiz: each question comes back here when it is due.';
        $(this, '[data-out="start-link"]').hidden = false;
      } else if (waiting)
        text.textContent = `You have done today’s ${plural(doneToday(progress, now), 'review')}, your daily limit. ${plural(waiting, 'more question')} ${waiting === 1 ? 'is' : 'are'} due: they wait for tomorrow, or raise the limit below.`;
      else
        text.textContent = next
          ? `You are up to date. Your next review is on ${longDate(next)}: ${plural(this.#dueOn(next), 'question')}.`
          : 'You are up to date.';
      return;
    }
    heading.textContent = `${plural(this.#queue.length, 'question')} due today`;
    text.textContent = 'Loading the questions…';
    try {
      await this.#load();
    } catch {
      text.textContent = 'The questions could not be loaded. Check your connection and reload the page.';
      return;
    }
    const modules = new Set(this.#queue.map((id) => this.#index.questions[id]![0])).size;
    text.textContent = `From ${plural(modules, 'module')}, oldest due first. Answer each, check it, and go on to the next.`;
    const start = $<HTMLButtonElement>(action, 'button');
    start.textContent = `Start today’s review (${plural(this.#queue.length, 'question')})`;
    action.hidden = false;
  }

  /** How many questions fall due on the same local day as `day`. */
  #dueOn(day: Date): number {
    const key = day.toDateString();
    return Object.values(progressStore().progress.reviews).filter((c) => new Date(c.due).toDateString() === key).length;
  }

  /** Fetches the fragment of every module with a question in today's queue, all before the review starts. */
  async #load() {
    const modules = new Set(this.#queue.map((id) => this.#index.modules[this.#index.questions[id]![0]]![0]));
    await Promise.all(
      [...modules].map(async (module) => {
        const response = await fetch(`${this.dataset.fragments}${module}.json`);
        if (!response.ok) throw new Error(`${module}: ${response.status}`);
        for (const [id, fragment] of Object.entries((await response.json()) as Record<string, ReviewFragment>))
          this.#fragments.set(id, fragment);
      }),
    );
    // A question the fragment does not have (a page older than the fragments) is left for another day.
    this.#queue = this.#queue.filter((id) => this.#fragments.has(id));
  }

  /** Shows question `at` of the queue in a fresh quiz element. */
  #show(at: number) {
    if (at === 0) this.#right = 0;
    this.#at = at;
    this.#busy = false;
    const id = this.#queue[at]!;
    const fragment = this.#fragments.get(id)!;
    const quiz = ($<HTMLTemplateElement>(this, '[data-template="quiz"]').content.firstElementChild as HTMLElement).cloneNode(
      true,
    ) as HTMLElement;
    quiz.dataset.quizId = `review:${id}`;
    $(quiz, 'script[type="application/json"]').textContent = JSON.stringify({ [id]: fragment.question });
    // Build-time HTML from this site's own fragment file (the quiz's Question component), not learner input.
    $(quiz, 'ol.questions').innerHTML = fragment.html;
    $(this, '[data-out="question"]').replaceChildren(quiz);
    $(this, '[data-out="position"]').textContent = `Question ${at + 1} of ${this.#queue.length}`;
    $(this, '[data-out="where"]').textContent = this.#index.modules[this.#index.questions[id]![0]]![1];
    $(this, '[data-out="next"]').hidden = true;
    this.#setState('session');
    (quiz.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button[data-move]') ?? $(this, '#position-h')).focus();
  }

  #checked(detail: QuizCheckedDetail) {
    if (this.#busy || this.#state() !== 'session') return;
    this.#busy = true;
    if (detail.percent === 100) this.#right += 1;
    // A review is answered once: trying again would be answering from the shown answer.
    const retry = this.querySelector<HTMLElement>('[data-out="question"] .retry');
    if (retry) retry.remove();
    const next = $(this, '[data-out="next"]');
    $(next, 'button').textContent = this.#at + 1 < this.#queue.length ? 'Next question' : 'See the summary';
    next.hidden = false;
    $<HTMLButtonElement>(next, 'button').focus();
  }

  #summary() {
    const store = progressStore();
    const now = new Date();
    const n = this.#queue.length;
    $(this, '[data-out="summary"]').textContent = `You reviewed ${plural(n, 'question')} and got ${this.#right} right.`;
    const left = todaysQueue(store.progress, now).length;
    const next = nextDue(store.progress.reviews, now);
    $(this, '[data-out="summary-next"]').textContent = left
      ? `${plural(left, 'more question')} ${left === 1 ? 'is' : 'are'} due today: reload the page to go on.`
      : next
        ? `Your next review is on ${longDate(next)}: ${plural(this.#dueOn(next), 'question')}.`
        : 'Nothing else is scheduled.';
    $(this, '[data-out="question"]').replaceChildren();
    this.#setState('summary');
    $(this, '#summary-h').focus();
  }

  #settingsForm() {
    const form = $<HTMLFormElement>(this, '[data-form="settings"]');
    const limit = $<HTMLInputElement>(form, '#daily-limit');
    const retention = $<HTMLInputElement>(form, '#retention');
    const fill = () => {
      const s = reviewSettings(progressStore().progress);
      limit.value = String(s.dailyLimit);
      retention.value = String(Math.round(s.retention * 100));
    };
    fill();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!form.reportValidity()) return;
      const store = progressStore();
      const s = reviewSettings({ reviewSettings: { dailyLimit: Number(limit.value), retention: Number(retention.value) / 100 } });
      store.setReviewSettings(s);
      fill();
      $(this, '[data-out="status"]').textContent =
        `Saved: at most ${plural(s.dailyLimit, 'question')} a day, aiming for ${Math.round(s.retention * 100)} % retention. The new retention applies from your next answers.`;
      if (this.#state() === 'start') void this.#prepare();
    });
  }
}

if (!customElements.get('cv-review')) customElements.define('cv-review', ReviewElement);

declare global {
  interface HTMLElementTagNameMap {
    'cv-review': ReviewElement;
  }
}
