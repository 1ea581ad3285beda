// "A new version of Converge is ready": loaded by offline-register.ts when a new deploy's service worker is
// waiting. Reload switches to it (the worker takes over, then the page reloads); Later leaves this page as it is,
// and the next page asks again. Never shown while a module quiz has answers not yet checked: it waits for
// the check (reloading mid-quiz would lose the learner's place).
import { reloadIsSafe, type QuizState } from './offline.ts';

function answered(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value.trim() !== '';
  if (el instanceof HTMLSelectElement) return el.value !== '';
  if (el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue;
  return false;
}

function quizStates(): QuizState[] {
  return [...document.querySelectorAll('cv-quiz[data-mode="quiz"]')].map((quiz) => ({
    answered: [...quiz.querySelectorAll('input, select, textarea')].some(answered),
    checked: quiz.querySelector('.quiz-result')?.hasAttribute('hidden') === false,
  }));
}

function show(reg: ServiceWorkerRegistration) {
  if (document.querySelector('.update-prompt')) return;
  const box = document.createElement('div');
  box.className = 'update-prompt';
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = 'A new version of Converge is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'cv-button';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'cv-button';
  later.textContent = 'Later';
  box.append(text, reload, later);
  document.body.append(box);

  reload.addEventListener('click', () => {
    reload.disabled = true;
    const waiting = reg.waiting;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => box.remove());
}

void navigator.serviceWorker.getRegistration().then((reg) => {
  if (!reg?.waiting) return;
  const offer = () => {
    if (!reloadIsSafe(quizStates())) return false;
    show(reg);
    return true;
  };
  if (!offer()) {
    const retry = () => {
      if (offer()) document.removeEventListener('quiz-checked', retry);
    };
    document.addEventListener('quiz-checked', retry);
  }
});
