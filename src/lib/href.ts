import { withBase } from './paths.ts';

/** A site-absolute path with the configured base in front, for every link a page renders. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
