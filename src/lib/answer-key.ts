// The right answer to a question as a learner should read it in an answer key: under "Show the answer"
// on a quiz, and in the answer key at the end of a printed track.
import type { Question } from '../schemas/quiz.ts';
import { assertNever } from './quiz.ts';
import { langLabel } from './runner/runnable.ts';

/** The answer as HTML; `md` renders a field's inline Markdown (options, items and accepted answers may use it). */
export function answerKeyHtml(q: Question, md: (source: string) => string): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'code':
      return q.options
        .filter((o) => o.correct)
        .map((o) => md(o.text))
        .join('; ');
    case 'truefalse':
      return q.answer ? 'True' : 'False';
    case 'numeric':
      return `${q.answer}${q.unit ? ` ${q.unit}` : ''}${q.tolerance ? ` (± ${q.tolerance})` : ''}`;
    case 'short':
      return q.accepted.map(md).join(' or ');
    case 'ordering':
      return `<ol>${q.items.map((i) => `<li>${md(i)}</li>`).join('')}</ol>`;
    case 'matching':
      return `<ul>${q.pairs.map((p) => `<li>${md(p.left)} → ${md(p.right)}</li>`).join('')}</ul>`;
    case 'exercise':
      return `one ${langLabel(q.language)} solution (yours may differ and still be right: the rows are what count)`;
    default:
      return assertNever(q);
  }
}
