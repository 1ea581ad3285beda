// <cv-quiz>: wires a server-rendered quiz to the scoring in quiz.ts and the learner store (progress.ts, via browser-store.ts).
// Without JavaScript the quiz still reads well and every answer sits in a <details>.
import type { Question } from '../schemas/quiz.ts';
import { assertNever, SHUFFLE, scoreQuiz, shuffledIndexes, derangedOrder, type Answer, type QuizResult } from './quiz.ts';
import { onOtherTabChange, progressStore } from './browser-store.ts';
import { compareResults, type Comparison } from './runner/results.ts';
import runnerUrl from './runner/runner-element.ts?worker&url';
import type { CvRunner, RunOutcome } from './runner/runner-element.ts';
import type { ReviewCard } from './progress.ts';

/** The runner (src/lib/runner/runner-element.ts), loaded on the first exercise check. */
async function loadRunner(): Promise<typeof CvRunner> {
  await import(/* @vite-ignore */ runnerUrl);
  return (await customElements.whenDefined('cv-runner')) as unknown as typeof CvRunner;
}

export interface QuizCheckedDetail {
  quizId: string;
  percent: number;
  passed: boolean;
  missed: string[];
}

const store = progressStore;

export class QuizElement extends HTMLElement {
  #key: Record<string, Question> = {};
  #attempt = 0;
  #checked = false;
  #checking = false;
  /** Each exercise's verdict from the last check: whether the learner's rows matched, and why not. */
  #verdicts = new Map<string, { passed: boolean; reason: string; outcome: RunOutcome }>();
  /** The reference solutions' outcomes, run once per page. */
  #expected = new Map<string, Promise<RunOutcome>>();
  /** For the review schedule (review.ts ratingFor): when each question was first engaged with, and what was opened before checking. */
  #engaged = new Map<string, number>();
  #revealed = new Set<string>();
  #hinted = new Set<string>();
  /** Only a question's first check on a page schedules its review: a retry follows the shown answer. */
  #scheduled = false;
  /** The scheduler (ts-fsrs, about 17 KB gzip): fetched at the learner's first touch of the quiz, not with the page. */
  #reviewModule?: Promise<typeof import('./review.ts')>;

  get quizId() {
    return this.dataset.quizId!;
  }

  connectedCallback() {
    this.#key = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!);
    this.classList.add('js');
    this.#attempt = store().quiz(this.quizId)?.attempts ?? 0;
    this.querySelector('.quiz-actions')!.removeAttribute('hidden');
    // Exercises: the editor replaces the read-only starter code.
    for (const block of this.querySelectorAll<HTMLElement>('.runnable[data-exercise]')) {
      block.querySelector<HTMLElement>('.run-edit')!.hidden = false;
      block.querySelector<HTMLElement>('.snippet')!.hidden = true;
    }
    for (const move of this.querySelectorAll<HTMLElement>('.move')) move.hidden = false;
    this.#shuffle();
    this.#restore(store().draft(this.quizId));
    this.#showBest();
    // Another tab finished an attempt: show the new best score here too.
    onOtherTabChange(() => this.#showBest());

    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.check();
    });
    form.addEventListener('change', () => this.#saveDraft());
    form.addEventListener('input', () => this.#saveDraft());
    const engage = (e: Event) => {
      this.#reviewModule ??= import('./review.ts');
      const id = (e.target as Element).closest<HTMLElement>('li.question')?.dataset.qid;
      if (id && !this.#engaged.has(id)) this.#engaged.set(id, Date.now());
    };
    form.addEventListener('focusin', engage);
    form.addEventListener('pointerdown', engage);
    // toggle does not bubble: listen in the capture phase for answer keys and hints opened before checking.
    form.addEventListener(
      'toggle',
      (e) => {
        const details = e.target as HTMLDetailsElement;
        const id = details.closest<HTMLElement>('li.question')?.dataset.qid;
        if (!id || !details.open || this.#checked) return;
        if (details.classList.contains('answer-key')) this.#revealed.add(id);
        if (details.classList.contains('exercise-hint')) this.#hinted.add(id);
      },
      true,
    );
    form.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
      if (button) this.#move(button);
    });
    this.querySelector('.retry')!.addEventListener('click', () => this.retry());
    this.querySelector('.review')?.addEventListener('click', (e) => this.#toggleReview(e.currentTarget as HTMLButtonElement));
    this.querySelector('.print-key')?.addEventListener('click', () => this.#printKey());
  }

  #questions() {
    return [...this.querySelectorAll<HTMLLIElement>('li.question')];
  }

  /** Option order changes with every attempt (seeded, so a reload shows the same order). */
  #shuffle() {
    for (const li of this.#questions()) {
      const q = this.#key[li.dataset.qid!]!;
      const how = SHUFFLE[q.type];
      const list = how && li.querySelector<HTMLElement>(how === 'derange' ? 'ol.ordering' : 'ul.options');
      if (list) {
        const items = [...list.children] as HTMLElement[];
        const order =
          how === 'derange'
            ? derangedOrder(items.length, `${q.id}:${this.#attempt}`)
            : shuffledIndexes(items.length, `${q.id}:${this.#attempt}`);
        const byIndex = new Map(items.map((el) => [Number(el.dataset.index), el]));
        list.replaceChildren(...order.map((i) => byIndex.get(i)!));
      }
      for (const select of li.querySelectorAll('select')) {
        const [blank, ...options] = [...select.options];
        const order = shuffledIndexes(options.length, `${q.id}:${this.#attempt}:${select.id}`);
        select.replaceChildren(blank!, ...order.map((i) => options[i]!));
      }
    }
  }

  #answer(li: HTMLLIElement): Answer {
    const q = this.#key[li.dataset.qid!]!;
    const checked = [...li.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    switch (q.type) {
      case 'single':
      case 'code':
        return { type: q.type, choice: checked[0] === undefined ? null : Number(checked[0]) };
      case 'multiple':
        return { type: 'multiple', choices: checked.map(Number) };
      case 'truefalse':
        return { type: 'truefalse', value: checked[0] === undefined ? null : checked[0] === 'true' };
      case 'numeric':
      case 'short':
        return { type: q.type, text: li.querySelector<HTMLInputElement>('input[type="text"]')!.value };
      case 'ordering':
        return { type: 'ordering', order: [...li.querySelectorAll<HTMLElement>('ol.ordering > li')].map((el) => Number(el.dataset.index)) };
      case 'matching':
        return { type: 'matching', matches: [...li.querySelectorAll('select')].map((s) => (s.value === '' ? null : Number(s.value))) };
      case 'exercise': {
        const editor = li.querySelector('textarea')!;
        // Code left exactly as the starter is not an answer.
        const code = editor.value.trim() === editor.defaultValue.trim() ? '' : editor.value;
        return { type: 'exercise', code, passed: code ? (this.#verdicts.get(q.id)?.passed ?? null) : null };
      }
      default:
        return assertNever(q);
    }
  }

  /** Runs every answered exercise and the reference solution, and records whether their rows match. */
  async #runExercises() {
    this.#verdicts.clear();
    const lis = this.#questions().filter((li) => this.#key[li.dataset.qid!]!.type === 'exercise');
    if (!lis.length) return;
    const runner = await loadRunner();
    for (const li of lis) {
      const q = this.#key[li.dataset.qid!]!;
      if (q.type !== 'exercise') continue;
      const answer = this.#answer(li);
      if (answer.type !== 'exercise' || !answer.code) continue;
      const block = li.querySelector<HTMLElement>('.runnable')!;
      const status = block.querySelector('.run-status')!;
      status.textContent = 'Running your code and the answer…';
      if (!this.#expected.has(q.id)) this.#expected.set(q.id, runner.runCode(q.language, q.solution, null).done);
      const [mine, expected] = [await runner.runCode(q.language, answer.code, null).done, await this.#expected.get(q.id)!];
      let verdict: Comparison;
      if (mine.kind === 'table' && expected.kind === 'table') verdict = compareResults(expected.result, mine.result, q.ordered);
      else if (mine.kind === 'error') verdict = { same: false, reason: `Your code stopped with an error: ${mine.message}` };
      else if (mine.kind === 'stopped') verdict = { same: false, reason: 'Your code was stopped before it finished.' };
      else verdict = { same: false, reason: 'The answer could not be run; reload the page and try again.' };
      this.#verdicts.set(q.id, { passed: verdict.same, reason: verdict.reason, outcome: mine });
      // Show the learner's own result under their code (at most the usual number of rows).
      const shown: RunOutcome =
        mine.kind === 'table' && mine.result ? { ...mine, result: { ...mine.result, rows: mine.result.rows.slice(0, 50) } } : mine;
      runner.upgrade(block).show(shown);
    }
  }

  #answers(): Record<string, Answer> {
    return Object.fromEntries(this.#questions().map((li) => [li.dataset.qid!, this.#answer(li)]));
  }

  #restore(answers: Record<string, Answer> | undefined) {
    if (!answers) return;
    for (const li of this.#questions()) {
      const a = answers[li.dataset.qid!];
      if (!a) continue;
      if (a.type === 'single' || a.type === 'code')
        li.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = Number(i.value) === a.choice));
      if (a.type === 'multiple')
        li.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = a.choices.includes(Number(i.value))));
      if (a.type === 'truefalse')
        li.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = a.value !== null && i.value === String(a.value)));
      if (a.type === 'numeric' || a.type === 'short') li.querySelector<HTMLInputElement>('input[type="text"]')!.value = a.text;
      if (a.type === 'exercise' && a.code) li.querySelector('textarea')!.value = a.code;
      if (a.type === 'matching')
        li.querySelectorAll('select').forEach(
          (s, i) => (s.value = a.matches[i] === null || a.matches[i] === undefined ? '' : String(a.matches[i])),
        );
      if (a.type === 'ordering') {
        const list = li.querySelector('ol.ordering')!;
        const byIndex = new Map([...list.children].map((el) => [Number((el as HTMLElement).dataset.index), el]));
        if (a.order.length === byIndex.size && a.order.every((i) => byIndex.has(i)))
          list.replaceChildren(...a.order.map((i) => byIndex.get(i)!));
      }
    }
  }

  #saveDraft() {
    if (this.#checked || this.dataset.mode === 'review') return;
    store().saveDraft(this.quizId, this.#answers());
    this.#noteStorage();
  }

  #noteStorage() {
    this.querySelector<HTMLElement>('.storage-note')!.hidden = !store().memoryOnly;
  }

  #showBest() {
    const best = this.querySelector<HTMLElement>('.best');
    const record = store().quiz(this.quizId);
    if (!best || !record) return;
    best.hidden = false;
    best.textContent = ` Your best so far: ${record.best}% (${record.attempts} attempt${record.attempts === 1 ? '' : 's'}).`;
  }

  #announce(text: string) {
    this.querySelector('.live')!.textContent = text;
  }

  #move(button: HTMLButtonElement) {
    const item = button.closest('li')!;
    const list = item.parentElement!;
    const step = Number(button.dataset.move);
    const sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling || this.#checked) return;
    if (step < 0) list.insertBefore(item, sibling);
    else list.insertBefore(sibling, item);
    const items = [...list.children];
    const position = items.indexOf(item) + 1;
    // Keep focus on a button that can still act.
    const stay =
      position === 1 || position === items.length ? item.querySelector<HTMLButtonElement>(`button[data-move="${-step}"]`)! : button;
    stay.focus();
    this.#announce(`${item.querySelector('.item')!.textContent} moved to position ${position} of ${items.length}.`);
    this.#saveDraft();
  }

  async check(): Promise<QuizResult | null> {
    if (this.#checking) return null;
    this.#checking = true;
    const button = this.querySelector<HTMLButtonElement>('.check')!;
    button.disabled = true;
    try {
      await this.#runExercises();
    } finally {
      this.#checking = false;
      button.disabled = false;
    }
    const answers = this.#answers();
    const questions = this.#questions().map((li) => this.#key[li.dataset.qid!]!);
    const passMark = Number(this.dataset.passMark ?? 70);
    const result = scoreQuiz(questions, answers, passMark, { partialCredit: this.dataset.partial !== undefined });
    this.#checked = true;
    this.classList.add('checked');
    for (const [i, li] of this.#questions().entries())
      this.#mark(li, this.#key[li.dataset.qid!]!, answers[li.dataset.qid!]!, result.results[i]!);

    // The scheduler has been loading since the learner's first touch, so this records at once, before they can leave.
    void this.#scheduleReviews(questions, answers, result);
    // A review is not a quiz attempt: it changes the question's schedule only.
    const record = this.dataset.mode === 'review' ? undefined : store().recordQuiz(this.quizId, result.percent, answers, result.missed);
    this.#noteStorage();
    const panel = this.querySelector<HTMLElement>('.quiz-result')!;
    const score = panel.querySelector('.score')!;
    if (this.dataset.mode === 'quiz') {
      const points = Number.isInteger(result.score) ? result.score : result.score.toFixed(1);
      score.textContent = `You scored ${points} of ${result.max} (${result.percent}%). ${result.passed ? 'Passed' : 'Not passed yet'}: the pass mark is ${passMark}%. Your best: ${record!.best}%.`;
      const review = this.querySelector<HTMLButtonElement>('.review')!;
      review.hidden = result.missed.length === 0;
    } else {
      score.textContent =
        result.percent === 100
          ? 'Correct.'
          : result.results[0]!.answered
            ? 'Not quite. Read the explanation below.'
            : 'Not answered. The answer is below.';
    }
    panel.hidden = false;
    this.querySelector<HTMLElement>('.check')!.hidden = true;
    this.querySelector<HTMLElement>('.retry')!.hidden = false;
    this.#showBest();
    this.#announce(score.textContent ?? '');
    panel.focus();
    this.dispatchEvent(
      new CustomEvent<QuizCheckedDetail>('quiz-checked', {
        bubbles: true,
        detail: { quizId: this.quizId, percent: result.percent, passed: result.passed, missed: result.missed },
      }),
    );
    return result;
  }

  /**
   * Schedules each answered question's next review (FSRS, src/lib/review.ts). In the daily review an
   * unanswered question counts as wrong (it was asked); elsewhere it is not scheduled (nothing was tried).
   */
  async #scheduleReviews(questions: Question[], answers: Record<string, Answer>, result: QuizResult) {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const now = new Date();
    const { contentHash, localDay, ratingFor, reviewSettings, schedule } = await (this.#reviewModule ??= import('./review.ts'));
    const review = this.dataset.mode === 'review';
    const { retention } = reviewSettings(store().progress);
    const cards: Record<string, ReviewCard> = {};
    for (const [i, q] of questions.entries()) {
      const r = result.results[i]!;
      if (!r.answered && !review) continue;
      const started = this.#engaged.get(q.id);
      const rating = ratingFor({
        type: q.type,
        correct: r.correct,
        revealedAnswer: this.#revealed.has(q.id),
        usedHint: this.#hinted.has(q.id),
        // Time per question only when it is alone on screen (a quick check, a review).
        seconds: this.dataset.mode !== 'quiz' && started !== undefined ? (now.getTime() - started) / 1000 : null,
      });
      cards[q.id] = schedule(store().progress.reviews[q.id], rating, now, contentHash(q), retention);
    }
    if (Object.keys(cards).length) store().recordReviews(cards, review ? { day: localDay(now), count: 1 } : undefined);
  }

  #mark(li: HTMLLIElement, q: Question, answer: Answer, r: QuizResult['results'][number]) {
    li.dataset.correct = String(r.correct);
    const feedback = li.querySelector<HTMLElement>('.feedback')!;
    const verdict = feedback.querySelector('.verdict')!;
    verdict.textContent = r.correct
      ? 'Correct.'
      : !r.answered
        ? 'Not answered.'
        : r.score > 0
          ? `Partly right (${Math.round(r.score * 100)}%).`
          : 'Not quite.';
    const why = this.#verdicts.get(q.id)?.reason;
    if (q.type === 'exercise' && why) verdict.textContent += ` ${why}`;
    feedback.hidden = false;
    const details = li.querySelector<HTMLDetailsElement>('details.answer-key')!;
    details.open = true;
    details.querySelector('summary')!.textContent = 'Answer and explanation';
    for (const control of li.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, .move button'))
      control.disabled = true;
    li.querySelector('textarea')?.setAttribute('readonly', '');

    const setMark = (el: Element | null, text: string, cls: string) => {
      if (!el) return;
      el.textContent = text;
      el.className = `mark ${cls}`;
    };
    if (q.type === 'single' || q.type === 'code' || q.type === 'multiple') {
      const chosen =
        answer.type === 'multiple' ? answer.choices : answer.type === 'single' || answer.type === 'code' ? [answer.choice] : [];
      for (const opt of li.querySelectorAll<HTMLElement>('li.option')) {
        const i = Number(opt.dataset.index);
        const isChosen = chosen.includes(i);
        const correct = q.options[i]!.correct;
        setMark(
          opt.querySelector('.mark'),
          correct ? (isChosen ? 'Your answer: correct' : 'Correct answer') : isChosen ? 'Your answer: incorrect' : '',
          correct ? 'right' : isChosen ? 'wrong' : '',
        );
        const fb = opt.querySelector<HTMLElement>('.option-feedback');
        if (fb) fb.hidden = !(isChosen || (correct && q.type === 'multiple'));
      }
    }
    if (q.type === 'truefalse' && answer.type === 'truefalse') {
      for (const opt of li.querySelectorAll<HTMLElement>('li.option')) {
        const value = opt.dataset.value === 'true';
        const isChosen = answer.value === value;
        const correct = q.answer === value;
        setMark(
          opt.querySelector('.mark'),
          correct ? (isChosen ? 'Your answer: correct' : 'Correct answer') : isChosen ? 'Your answer: incorrect' : '',
          correct ? 'right' : isChosen ? 'wrong' : '',
        );
      }
    }
    if (q.type === 'matching' && answer.type === 'matching') {
      li.querySelectorAll<HTMLElement>('.match-row').forEach((row, i) => {
        const ok = answer.matches[i] === i;
        setMark(row.querySelector('.mark'), ok ? 'Right' : 'Wrong', ok ? 'right' : 'wrong');
      });
    }
  }

  retry() {
    this.#attempt += 1;
    this.#checked = false;
    this.classList.remove('checked');
    this.querySelector('form')!.reset();
    for (const li of this.#questions()) {
      delete li.dataset.correct;
      li.hidden = false;
      li.querySelector<HTMLElement>('.feedback')!.hidden = true;
      const details = li.querySelector<HTMLDetailsElement>('details.answer-key')!;
      details.open = false;
      details.querySelector('summary')!.textContent = 'Show the answer';
      for (const mark of li.querySelectorAll('.mark')) {
        mark.textContent = '';
        mark.className = 'mark';
      }
      for (const fb of li.querySelectorAll<HTMLElement>('.option-feedback')) fb.hidden = true;
      for (const control of li.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, .move button'))
        control.disabled = false;
      li.querySelector('textarea')?.removeAttribute('readonly');
    }
    for (const result of this.querySelectorAll('.runnable .run-result, .runnable .run-status')) result.textContent = '';
    this.#verdicts.clear();
    this.#shuffle();
    store().saveDraft(this.quizId, {});
    this.querySelector<HTMLElement>('.quiz-result')!.hidden = true;
    this.querySelector<HTMLElement>('.check')!.hidden = false;
    this.querySelector<HTMLElement>('.retry')!.hidden = true;
    const review = this.querySelector<HTMLButtonElement>('.review');
    if (review) {
      review.hidden = true;
      review.setAttribute('aria-pressed', 'false');
    }
    this.#announce('Answers cleared. New attempt started.');
    this.querySelector<HTMLElement>('input, select, textarea, button[data-move]')?.focus();
  }

  #toggleReview(button: HTMLButtonElement) {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    const questions = this.#questions();
    for (const li of questions) li.hidden = on && li.dataset.correct === 'true';
    const missed = questions.filter((li) => li.dataset.correct === 'false').length;
    this.#announce(
      on ? `Showing the ${missed} question${missed === 1 ? '' : 's'} you missed.` : `Showing all ${questions.length} questions.`,
    );
  }

  #printKey() {
    const details = [...this.querySelectorAll<HTMLDetailsElement>('details.answer-key')];
    const wasOpen = details.map((d) => d.open);
    this.classList.add('print-key');
    details.forEach((d) => (d.open = true));
    const restore = () => {
      this.classList.remove('print-key');
      details.forEach((d, i) => (d.open = wasOpen[i]!));
      window.removeEventListener('afterprint', restore);
    };
    window.addEventListener('afterprint', restore);
    window.print();
  }
}

if (!customElements.get('cv-quiz')) customElements.define('cv-quiz', QuizElement);

declare global {
  interface HTMLElementTagNameMap {
    'cv-quiz': QuizElement;
  }
  interface HTMLElementEventMap {
    'quiz-checked': CustomEvent<QuizCheckedDetail>;
  }
}
