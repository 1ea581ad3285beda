// What can run in a lesson: the languages, the limits, and how a runnable block is marked up.
// Shared by the build (the Shiki transformer in astro.config.mjs, the curriculum checks), the browser
// runner (src/lib/runner/runner-element.ts) and the "every sample is true" test.

/** Fence languages that can run, and the engine each uses. */
export const RUNNABLE_LANGS: Readonly<Record<string, 'sql' | 'ts'>> = {
  sql: 'sql',
  ts: 'ts',
  typescript: 'ts',
  js: 'ts',
  javascript: 'ts',
};

export const isRunnableLang = (lang: string) => Object.hasOwn(RUNNABLE_LANGS, lang);

/** A run still going after this long is stopped (the worker is terminated). */
export const TIME_LIMIT_MS = 5000;

/** Rows shown in a result table; the rest are counted ("and N more rows"). */
export const ROW_LIMIT = 50;

/** Lines of console output kept from one TypeScript run. */
export const CONSOLE_LIMIT = 200;

/** Human name of a block's language, for labels ("Edit the SQL"). */
export const langLabel = (lang: string) => (RUNNABLE_LANGS[lang] === 'sql' ? 'SQL' : lang.startsWith('j') ? 'JavaScript' : 'TypeScript');
