// Offline use: the web app manifest (pure, so a test can check it), when it is safe to offer the reload that
// switches to a new deploy, and how the offline page words sizes. The service worker itself is generated
// after the build by scripts/sw.mjs (Workbox); the browser side is offline-register.ts and update-prompt.ts.

/** localStorage key: "off" when the learner removed the offline copy on /offline/ (no worker is registered again). */
export const OFFLINE_KEY = 'converge-offline';

/** The Cache Storage names the worker uses (Workbox's cacheId and the runtime caches of scripts/sw.mjs). */
export const isOfflineCache = (name: string) => name.startsWith('converge-');

/** The colours of the site header (src/styles/tokens.css --cv-surface), for the browser's own chrome. */
export const THEME_COLOURS = { light: '#f5f6f8', dark: '#1d2027' } as const;

/** The app icons (drawn by scripts/icons.mjs into public/icons/), with the sizes browsers ask for. */
export const ICONS = [
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The web app manifest for a site published under `base` ("/" or "/converge/"): start URL and scope stay inside it. */
export function webManifest(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    id: root,
    name: 'Converge: an open curriculum for the Chief Marketing Technology Officer',
    short_name: 'Converge',
    description: 'Marketing and the systems behind it, side by side: four yearly tracks of paired modules, with quizzes and runnable code.',
    lang: 'en',
    start_url: root,
    scope: root,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOURS.light,
    icons: ICONS.map((icon) => ({ ...icon, src: `${root}${icon.src}` })),
  };
}

/** What the page knows about a module quiz: whether the learner has answered anything, and whether it was checked since. */
export interface QuizState {
  answered: boolean;
  checked: boolean;
}

/**
 * Whether reloading now loses nothing: not while a module quiz has answers that were not checked yet (the
 * learner is in the middle of it). Quick checks are one question and keep their answers, so they never block.
 */
export const reloadIsSafe = (quizzes: QuizState[]) => quizzes.every((q) => !q.answered || q.checked);

/** Bytes in words a reader expects: "740 KB", "23.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 100 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
