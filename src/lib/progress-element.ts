// Progress on the page: the lesson's "Mark as complete" button, checkmarks on lesson lists, module
// progress bars and "Continue" on the home page. Loaded on demand (see ProgressLoader.astro); all
// state lives in the learner store (progress.ts).
import { onOtherTabChange, progressStore } from './browser-store.ts';
import { pageCatalogue } from './page-data.ts';
import { moduleStatus, trackStatus } from './learning.ts';
import { dueCount, retention } from './review-due.ts';
import { plural } from './plural.ts';

const ids = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);

/** Shows what the store knows inside `root`: checkmarks, progress bars, the Continue link. */
export function showProgress(root: ParentNode = document) {
  const store = progressStore();
  const { lessons, lastVisited } = store.progress;
  for (const el of root.querySelectorAll<HTMLElement>('[data-done-lesson]')) {
    const done = Boolean(lessons[el.dataset.doneLesson!]);
    el.toggleAttribute('data-complete', done);
    const mark = el.querySelector<HTMLElement>('.done-mark');
    if (mark) mark.hidden = !done;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const lessonIds = ids(el.dataset.lessons);
    const quiz = el.dataset.quiz ? { id: el.dataset.quiz, passMark: Number(el.dataset.passMark ?? 70) } : undefined;
    const doneLessons = lessonIds.filter((id) => lessons[id]).length;
    const passed = quiz ? (store.quiz(quiz.id)?.best ?? 0) >= quiz.passMark : false;
    const bar = el.querySelector('progress')!;
    bar.max = lessonIds.length + (quiz ? 1 : 0);
    bar.value = doneLessons + (passed ? 1 : 0);
    el.querySelector('.progress-text')!.textContent =
      `${doneLessons} of ${lessonIds.length} lessons done` +
      (quiz ? (passed ? ', quiz passed' : ', quiz not passed yet') : '') +
      (store.moduleComplete(lessonIds, quiz) ? ': complete' : '');
    el.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-continue]')) {
    const link = el.querySelector('a')!;
    if (lastVisited?.url && lastVisited.title) {
      link.href = lastVisited.url;
      link.textContent = lastVisited.title;
      el.hidden = false;
    }
  }
  showReviews(root);
  const catalogue = pageCatalogue();
  if (!catalogue) return;
  const tracks = new Map(catalogue.tracks.map((t) => [t.id, t]));
  const modules = new Map(catalogue.tracks.flatMap((t) => t.modules.map((m) => [m.id, m] as const)));
  for (const el of root.querySelectorAll<HTMLElement>('[data-track-progress]')) {
    const track = tracks.get(el.dataset.trackProgress!);
    if (!track) continue;
    const status = trackStatus(track, store.progress);
    const bar = el.querySelector('progress')!;
    bar.max = status.steps.total;
    bar.value = status.steps.done;
    el.querySelector('.progress-text')!.textContent =
      `${status.modulesDone} of ${track.modules.length} modules complete, capstone ${status.capstoneDone ? 'done' : 'not done yet'}` +
      (status.complete ? ': track complete' : '');
    const cert = el.querySelector<HTMLElement>('[data-certificate-link]');
    if (cert) cert.hidden = !status.complete;
    el.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-module-state]')) {
    const module = modules.get(el.dataset.moduleState!);
    if (!module) continue;
    const status = moduleStatus(module, store.progress);
    el.textContent = status.complete
      ? 'Complete'
      : status.lessonsDone || status.quizBest !== undefined
        ? `${status.lessonsDone} of ${status.lessonsTotal} lessons`
        : '';
    el.toggleAttribute('data-complete', status.complete);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-capstone-state]')) {
    const done = Boolean(store.progress.capstones[el.dataset.capstoneState!]);
    el.textContent = done ? 'Complete' : '';
    el.toggleAttribute('data-complete', done);
  }
}

const questions = (n: number) => plural(n, 'question');

/** "N questions due today" (home, My learning) and a module's retention (module pages), from the review schedules. */
function showReviews(root: ParentNode) {
  const { reviews } = progressStore().progress;
  const now = new Date();
  for (const el of root.querySelectorAll<HTMLElement>('[data-review-due]')) {
    const due = dueCount(reviews, now);
    el.hidden = due === 0;
    el.querySelector('a')!.textContent = `${questions(due)} due today: start today’s review`;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-module-retention]')) {
    const hashes = Object.fromEntries(ids(el.dataset.moduleRetention).map((pair) => pair.split(':') as [string, string]));
    const r = retention(reviews, hashes, now);
    el.hidden = r.reviewed + r.changed === 0;
    if (el.hidden) continue;
    const total = Object.keys(hashes).length;
    const parts = [`You have answered ${r.reviewed} of this module’s ${questions(total)}`];
    if (r.recall !== undefined) parts.push(`and would recall about ${Math.round(r.recall * 100)} % of them today`);
    let text = `${parts.join(' ')}.`;
    if (r.changed) text += ` ${questions(r.changed)} changed since you answered and will be asked again.`;
    const due = r.due + r.changed;
    const link = Object.assign(document.createElement('a'), { href: el.dataset.reviewUrl!, textContent: 'Review them' });
    el.replaceChildren(text, ...(due ? [` ${questions(due)} due today. `, link] : []));
  }
}

/**
 * <cv-mark-complete>: the completion toggle of a lesson (which also records the visit for
 * "Continue") or of a capstone.
 */
export class MarkComplete extends HTMLElement {
  connectedCallback() {
    const store = progressStore();
    const capstone = this.dataset.capstoneId;
    const id = capstone ?? this.dataset.lessonId!;
    const what = capstone ? 'Capstone' : 'Lesson';
    const isDone = () => Boolean(capstone ? store.progress.capstones[id] : store.progress.lessons[id]);
    if (!capstone) store.visit(id, new Date(), this.dataset.lessonTitle, this.dataset.lessonUrl);
    const button = this.querySelector('button')!;
    const status = this.querySelector('[role="status"]')!;
    const show = () => {
      const done = isDone();
      button.setAttribute('aria-pressed', String(done));
      button.querySelector('.label')!.textContent = done ? 'Completed' : 'Mark as complete';
    };
    show();
    button.hidden = false;
    button.addEventListener('click', () => {
      const done = !isDone();
      if (capstone) store.setCapstoneComplete(id, done);
      else store.setLessonComplete(id, done);
      show();
      status.textContent = `${what} marked as ${done ? 'complete' : 'not complete'}.`;
      if (!capstone) this.dispatchEvent(new CustomEvent('lesson-completed', { bubbles: true, detail: { lessonId: id, done } }));
      showProgress();
    });
    onOtherTabChange(show);
  }
}

if (!customElements.get('cv-mark-complete')) customElements.define('cv-mark-complete', MarkComplete);
showProgress();
onOtherTabChange(() => showProgress());

declare global {
  interface HTMLElementTagNameMap {
    'cv-mark-complete': MarkComplete;
  }
  interface HTMLElementEventMap {
    'lesson-completed': CustomEvent<{ lessonId: string; done: boolean }>;
  }
}
