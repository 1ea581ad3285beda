// <cv-my-learning> fills the "My learning" page (src/pages/learning/index.astro) from the learner
// store and the page's catalogue, and wires the learner's controls: name, export, import (merge or
// replace), reset with confirmation, the set-aside backup and saved assignments. <cv-certificate>
// fills a track's record of study. Loaded on demand by those pages; all rules live in learning.ts and
// progress.ts. Everything from storage or a file is shown with textContent, never as HTML.
import { downloadBackup, downloadText, onOtherTabChange, progressStore } from './browser-store.ts';
import { pageCatalogue } from './page-data.ts';
import type { Catalogue } from './catalogue.ts';
import { certificate, formatDate, formatMinutes, moduleStatus, resetIds, reviewQueue, trackStatus } from './learning.ts';
import { parseImport, type Progress } from './progress.ts';
import { showProgress } from './progress-element.ts';
import { endOfDay } from './review-due.ts';
import { plural } from './plural.ts';

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

function counts(progress: Progress) {
  return {
    lessons: Object.keys(progress.lessons).length,
    quizzes: Object.keys(progress.quizzes).filter((id) => !id.startsWith('check:')).length,
    checks: Object.keys(progress.quizzes).filter((id) => id.startsWith('check:')).length,
  };
}

/** "12 completed lessons, 3 quizzes and 5 quick checks" — what a file or the store holds. */
function describe(progress: Progress): string {
  const c = counts(progress);
  return `${plural(c.lessons, 'completed lesson')}, ${plural(c.quizzes, 'quiz', 'quizzes')} and ${plural(c.checks, 'quick check')}`;
}

export class MyLearning extends HTMLElement {
  #catalogue!: Catalogue;

  connectedCallback() {
    this.#catalogue = pageCatalogue()!;
    const store = progressStore();
    $(this, '[data-needs-js]').hidden = true;
    for (const el of this.querySelectorAll<HTMLElement>('[data-ready]')) el.hidden = false;
    this.#render();
    onOtherTabChange(() => this.#render());
    if (location.hash === '#your-data') $(this, '#your-data').focus();

    // Name
    const nameForm = $<HTMLFormElement>(this, '[data-form="name"]');
    nameForm.addEventListener('submit', (e) => {
      e.preventDefault();
      store.setLearnerName($<HTMLInputElement>(nameForm, 'input').value);
      this.#say(store.progress.learnerName ? `Name saved: ${store.progress.learnerName}.` : 'Name removed.');
    });

    // Export
    $(this, '[data-action="export"]').addEventListener('click', () => {
      downloadText(`converge-progress-${new Date().toISOString().slice(0, 10)}.json`, store.export());
      this.#say(`Exported ${describe(store.progress)}.`);
    });

    // Import: validated before anything changes.
    const importForm = $<HTMLFormElement>(this, '[data-form="import"]');
    importForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = $<HTMLInputElement>(importForm, 'input[type="file"]').files?.[0];
      if (!file) return this.#say('Choose a progress file first.');
      const parsed = parseImport(await file.text());
      if (!parsed.ok) return this.#say(`Nothing was imported. ${parsed.error}`);
      const mode = new FormData(importForm).get('mode') === 'replace' ? 'replace' : 'merge';
      store.import(parsed.progress, mode, parsed.setAside);
      importForm.reset();
      this.#render();
      this.#say(
        mode === 'replace'
          ? `Replaced your progress with the file: ${describe(parsed.progress)}.`
          : `Merged the file (${describe(parsed.progress)}) with your progress, keeping the best of both.`,
      );
    });

    // Reset, after confirmation.
    const resetForm = $<HTMLFormElement>(this, '[data-form="reset"]');
    const dialog = $<HTMLDialogElement>(this, '[data-dialog="reset"]');
    resetForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const select = $<HTMLSelectElement>(resetForm, 'select');
      const label =
        select.value === 'all' ? 'all your progress' : `your progress in ${select.selectedOptions[0]!.text.replace(/^All of /, '')}`;
      $(dialog, '[data-out="confirm-text"]').textContent =
        `This forgets ${label}: completed lessons, quiz scores and answers${select.value.startsWith('module:') ? '' : ', capstones'}. It cannot be undone — export first if you might want it back.`;
      dialog.returnValue = '';
      dialog.showModal();
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'confirm') return;
      const scope = $<HTMLSelectElement>(resetForm, 'select');
      const [kind, id] = scope.value.split(':') as ['all' | 'track' | 'module', string];
      store.reset(kind === 'all' ? undefined : resetIds(this.#catalogue, kind === 'track' ? { track: id } : { module: id }));
      this.#render();
      this.#say(kind === 'all' ? 'All progress reset.' : `Progress reset for ${scope.selectedOptions[0]!.text.replace(/^All of /, '')}.`);
      scope.focus();
    });

    // The set-aside backup, kept until downloaded or discarded.
    $(this, '[data-action="download-backup"]').addEventListener('click', () => downloadBackup(store));
    $(this, '[data-action="discard-backup"]').addEventListener('click', () => {
      store.discardBackup();
      this.#render();
      this.#say('The set-aside data was discarded.');
      $(this, '#your-data').focus();
    });
  }

  #say(text: string) {
    $(this, '[data-out="result"]').textContent = text;
  }

  #render() {
    const store = progressStore();
    const { progress } = store;
    const catalogue = this.#catalogue;
    const c = counts(progress);
    const allModules = catalogue.tracks.flatMap((t) => t.modules);
    const totalLessons = allModules.reduce((n, m) => n + m.lessons.length, 0);
    const withQuiz = allModules.filter((m) => m.quiz);
    const passed = withQuiz.filter((m) => moduleStatus(m, progress).quizPassed).length;
    const tracks = catalogue.tracks.map((track) => ({ track, status: trackStatus(track, progress) }));
    const minutes = tracks.reduce((n, t) => n + t.status.minutesDone, 0);
    $(this, '[data-out="lessons"]').textContent = `${c.lessons} of ${totalLessons}`;
    $(this, '[data-out="quizzes"]').textContent = `${passed} of ${withQuiz.length}`;
    $(this, '[data-out="time"]').textContent = formatMinutes(minutes);
    const cont = $(this, '[data-out="continue"]');
    const last = progress.lastVisited;
    cont.hidden = !(last?.url && last.title);
    if (last?.url && last.title) Object.assign($<HTMLAnchorElement>(cont, 'a'), { href: last.url, textContent: last.title });
    $(this, '[data-out="start"]').hidden = c.lessons > 0 || c.quizzes > 0 || Boolean(last);

    for (const { track, status: trackNow } of tracks) {
      for (const { module, status } of trackNow.modules) {
        const row = this.querySelector(`[data-module-row="${module.id}"]`);
        if (!row) continue;
        $(row, '[data-cell="lessons"]').textContent = `${status.lessonsDone} of ${status.lessonsTotal}`;
        $(row, '[data-cell="quiz"]').textContent = !module.quiz
          ? 'No quiz'
          : status.quizBest === undefined
            ? 'Not taken'
            : `${status.quizBest}%${status.quizPassed ? '' : ` (pass: ${module.quiz.passMark}%)`}`;
        const cell = $(row, '[data-cell="status"]');
        cell.textContent = status.complete
          ? `Complete, ${formatDate(status.completedOn!)}`
          : status.lessonsDone || status.quizBest !== undefined
            ? 'In progress'
            : 'Not started';
        cell.toggleAttribute('data-complete', status.complete);
      }
      const capstone = progress.capstones[track.capstone.id];
      const cell = $(this, `[data-capstone-row="${track.capstone.id}"] [data-cell="status"]`);
      cell.textContent = capstone ? `Complete, ${formatDate(capstone.completed)}` : 'Not marked complete';
      cell.toggleAttribute('data-complete', Boolean(capstone));
    }

    void this.#renderReview(progress);
    this.#renderAssignments(progress);
    $<HTMLInputElement>(this, '#learner-name').value = progress.learnerName ?? '';
    $(this, '[data-out="backup"]').hidden = store.backup() === null;
    showProgress(this);
  }

  /** The questions' details come from a separate file, fetched the first time anything was missed. */
  async #questions(progress: Progress): Promise<boolean> {
    if (this.#catalogue.questions) return true;
    if (!Object.values(progress.quizzes).some((q) => q.missed.length)) return true;
    try {
      const response = await fetch(this.dataset.questionsUrl!);
      if (!response.ok) throw new Error(String(response.status));
      this.#catalogue.questions = (await response.json()) as Catalogue['questions'];
      return true;
    } catch {
      return false;
    }
  }

  async #renderReview(progress: Progress) {
    const list = $(this, '[data-out="review"]');
    const template = $<HTMLTemplateElement>(this, '[data-template="review"]');
    const loaded = await this.#questions(progress);
    $(this, '[data-out="review-error"]').hidden = loaded;
    const queue = reviewQueue(this.#catalogue, progress);
    list.replaceChildren(
      ...queue.map(({ question, missedOn, due }) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        $(item, '.prompt').textContent = question.prompt;
        const review = due ? ` · ${Date.parse(due) < endOfDay(new Date()).getTime() ? 'due today' : `due ${formatDate(due)}`}` : '';
        $(item, '.meta').textContent = `${question.moduleTitle} · ${question.where} · missed ${formatDate(missedOn)}${review}`;
        Object.assign($<HTMLAnchorElement>(item, '.retry'), { href: question.url, textContent: 'Try it again' });
        Object.assign($<HTMLAnchorElement>(item, '.teaches'), {
          href: question.teaches.url,
          textContent: `Read: ${question.teaches.label}`,
        });
        return item;
      }),
    );
    list.hidden = queue.length === 0;
    $(this, '[data-out="review-empty"]').hidden = queue.length > 0 || !loaded;
  }

  #renderAssignments(progress: Progress) {
    const list = $(this, '[data-out="assignments"]');
    const template = $<HTMLTemplateElement>(this, '[data-template="assignment"]');
    const entries = Object.entries(progress.assignments).sort(([, a], [, b]) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    list.replaceChildren(
      ...entries.map(([id, a]) => {
        const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        Object.assign($<HTMLAnchorElement>(item, '.title'), {
          href: `${this.dataset.assignmentUrl}#${a.token}`,
          textContent: a.title || 'Untitled assignment',
        });
        $(item, '.due').textContent = a.due ? `due ${formatDate(`${a.due}T00:00:00Z`)}` : 'no due date';
        const remove = $<HTMLButtonElement>(item, '.remove');
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${a.title || 'untitled assignment'}`);
        remove.addEventListener('click', () => {
          progressStore().removeAssignment(id);
          this.#render();
          this.#say(`Removed “${a.title}” from your saved assignments.`);
          $(this, '#assignments-h').focus();
        });
        return item;
      }),
    );
    list.hidden = entries.length === 0;
    $(this, '[data-out="assignments-empty"]').hidden = entries.length > 0;
  }
}

/** <cv-certificate>: a track's record of study, once the track is complete. */
export class CertificateElement extends HTMLElement {
  connectedCallback() {
    const track = pageCatalogue()!.tracks.find((t) => t.id === this.dataset.track)!;
    const render = () => {
      const store = progressStore();
      const record = certificate(track, store.progress);
      const status = trackStatus(track, store.progress);
      $(this, '[data-needs-js]').hidden = true;
      $(this, '[data-out="pending"]').hidden = Boolean(record);
      $(this, '[data-out="record"]').hidden = !record;
      $(this, '[data-out="progress"]').textContent =
        `You have completed ${status.modulesDone} of ${track.modules.length} modules, and the capstone is ${status.capstoneDone ? 'done' : 'not marked complete yet'}.`;
      if (!record) return;
      $(this, '[data-out="name"]').textContent = record.name ?? 'Name not given';
      $(this, '[data-out="name-hint"]').hidden = Boolean(record.name);
      $(this, '[data-out="completed"]').textContent = formatDate(record.status.completedOn!);
      const body = $(this, '[data-out="modules"]');
      body.replaceChildren(
        ...record.status.modules.map(({ module, status: s }) => {
          const row = document.createElement('tr');
          const head = Object.assign(document.createElement('th'), { scope: 'row', textContent: module.title });
          const cells = [
            module.kind === 'marketing' ? 'Marketing' : 'Systems',
            s.quizBest === undefined ? '—' : `${s.quizBest}%`,
            formatDate(s.completedOn!),
          ];
          row.append(head, ...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
          return row;
        }),
      );
      $(this, '[data-out="capstone-date"]').textContent = formatDate(store.progress.capstones[track.capstone.id]!.completed);
    };
    render();
    onOtherTabChange(render);
    this.querySelector('[data-action="print"]')?.addEventListener('click', () => print());
  }
}

if (!customElements.get('cv-my-learning')) customElements.define('cv-my-learning', MyLearning);
if (!customElements.get('cv-certificate')) customElements.define('cv-certificate', CertificateElement);

declare global {
  interface HTMLElementTagNameMap {
    'cv-my-learning': MyLearning;
    'cv-certificate': CertificateElement;
  }
}
