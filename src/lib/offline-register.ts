// Registers the service worker that scripts/sw.mjs writes after the build (the whole site precached, so it
// reads offline after the first visit). When a new deploy's worker is installed and waiting, loads the prompt
// that offers to switch to it (update-prompt.ts): pages never change under a learner without asking.
// Kept to the registration alone: this is the only offline code every page runs at start.
import promptUrl from './update-prompt.ts?worker&url';
import { OFFLINE_KEY } from './offline.ts';

const optedOut = () => {
  try {
    return localStorage.getItem(OFFLINE_KEY) === 'off';
  } catch {
    return false;
  }
};
const sw = navigator.serviceWorker;
if (sw && import.meta.env.PROD && !optedOut()) {
  const base = import.meta.env.BASE_URL;
  const register = () =>
    sw.register(`${base}sw.js`, { scope: base }).then(
      (reg) => {
        const offer = () => {
          if (reg.waiting && sw.controller) void import(/* @vite-ignore */ promptUrl);
        };
        offer();
        reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', offer));
      },
      () => undefined,
    );
  // After the page's own files: the first visit's precache download should not compete with them.
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
