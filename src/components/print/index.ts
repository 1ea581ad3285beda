// The lesson-body components of a printed track: the site's MDX map (src/components/mdx/index.ts) with
// paper versions of what only works on screen. A quick check becomes a question answered in the key at the
// end, a glossary term becomes its text, and a link carries its full URL for print.
import { mdxComponents } from '../mdx/index.ts';
import PrintCheck from './PrintCheck.astro';
import PrintLink from './PrintLink.astro';
import PrintTerm from './PrintTerm.astro';

export const printComponents = { ...mdxComponents, QuickCheck: PrintCheck, Term: PrintTerm, a: PrintLink };
