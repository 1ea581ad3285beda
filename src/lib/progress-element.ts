// Progress on the page: the lesson's "Mark as complete" button, checkmarks on lesson lists, module
// progress bars and "Continue" on the home page. Loaded on demand (see ProgressLoader.astro); all
// state lives in the learner store (progress.ts).
import { onOtherTabChange, progressStore } from './browser-store.ts';

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
  for (const el of root.querySelectorAll<HTMLElement>('[data-storage-note]'))
    el.hidden = !store.memoryOnly && store.notice !== 'restored-from-corrupt';
}

/** <cv-mark-complete>: the lesson's completion toggle; it also records the visit for "Continue". */
export class MarkComplete extends HTMLElement {
  connectedCallback() {
    const store = progressStore();
    const id = this.dataset.lessonId!;
    store.visit(id, new Date(), this.dataset.lessonTitle, this.dataset.lessonUrl);
    const button = this.querySelector('button')!;
    const status = this.querySelector('[role="status"]')!;
    const show = () => {
      const done = Boolean(store.progress.lessons[id]);
      button.setAttribute('aria-pressed', String(done));
      button.querySelector('.label')!.textContent = done ? 'Completed' : 'Mark as complete';
    };
    show();
    button.hidden = false;
    button.addEventListener('click', () => {
      const done = !store.progress.lessons[id];
      store.setLessonComplete(id, done);
      show();
      status.textContent = done ? 'Lesson marked as complete.' : 'Lesson marked as not complete.';
      this.dispatchEvent(new CustomEvent('lesson-completed', { bubbles: true, detail: { lessonId: id, done } }));
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
