// The components a lesson, capstone or project body may use without imports (see README, "Writing a
// lesson"), and the one map every page that renders MDX passes to <Content components={…} />.
import Aside from './Aside.astro';
import Link from './Link.astro';
import QuickCheck from './QuickCheck.astro';
import Term from './Term.astro';

export const mdxComponents = { QuickCheck, Aside, Term, a: Link };
