// Build time and browser bundles alike (Vite replaces import.meta.env.BASE_URL): the helper pages and
// components call for every link they render. The pure joining it uses is paths.ts.
import { withBase } from './paths.ts';

/** A site-absolute path with the configured base in front, for every link a page renders. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
