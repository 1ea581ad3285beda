/**
 * Module quizzes as QTI 1.2 assessments in the Common Cartridge 1.1 profile. Every decision that depends
 * on a question's type is in CC_ITEM (next to the question types, a Record, so a new type fails to compile
 * until it is placed) and in the item writer's switch, which ends in assertNever.
 *
 * A question is exported only when the CC item the LMS builds from it grades every answer as Converge
 * does. Ordering, matching, SQL exercises and numeric answers have no such form in CC 1.1 (its QTI
 * profile has no ordering or matching items and no numeric ranges: only exact string matches), so they
 * stay on the site: the assessment's instructions and a link say how many and where.
 */
import { assertNever, trimAnswer, type QuestionType } from '../quiz.ts';
import type { SourceQuestion, SourceQuiz } from './model.ts';
import { escapeHtml } from '../markdown.ts';
import { attrs, esc, oneLine, XML_DECLARATION } from './xml.ts';

export type CcProfile = 'cc.multiple_choice.v0p1' | 'cc.multiple_response.v0p1' | 'cc.true_false.v0p1' | 'cc.fib.v0p1';

/** Each Converge question type's CC item, or null with why it stays on the site. */
export const CC_ITEM: Record<QuestionType, { profile: CcProfile } | { profile: null; why: string }> = {
  single: { profile: 'cc.multiple_choice.v0p1' },
  code: { profile: 'cc.multiple_choice.v0p1' },
  multiple: { profile: 'cc.multiple_response.v0p1' },
  truefalse: { profile: 'cc.true_false.v0p1' },
  short: { profile: 'cc.fib.v0p1' },
  numeric: { profile: null, why: 'numeric answers are graded within a tolerance and typed in many forms; CC matches exact text only' },
  ordering: { profile: null, why: 'CC 1.1 has no ordering item' },
  matching: { profile: null, why: 'CC 1.1 has no matching item' },
  exercise: { profile: null, why: 'a SQL exercise is graded by running the query on the sample dataset' },
};

/** The CC item a question becomes, or null when it stays on the site. */
export function ccProfile(q: SourceQuestion): CcProfile | null {
  const entry = CC_ITEM[q.type];
  if (!entry.profile) return null;
  // The CC profile requires at least three choices for multiple choice (Schematron rule 4d).
  if (entry.profile === 'cc.multiple_choice.v0p1' && (q.options?.length ?? 0) < 3) return null;
  return entry.profile;
}

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const QTI_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd';
const RESPONSE = 'response1';

/** Makes site paths in rendered HTML ("/modules/x/") absolute on the site. */
export type Absolute = (path: string) => string;

/** Rendered HTML with its site-path links made absolute: a link in an LMS must name the site. */
export const absoluteLinks = (html: string, abs: Absolute) =>
  html.replace(/href="(\/(?!\/)[^"]*)"/g, (_, path: string) => `href="${abs(path)}"`);

const mattext = (html: string) => `<material><mattext texttype="text/html">${esc(html)}</mattext></material>`;
const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${esc(label)}</fieldlabel><fieldentry>${esc(entry)}</fieldentry></qtimetadatafield>`;
const feedback = (ident: string, html: string) =>
  `<itemfeedback ident="${esc(ident)}"><flow_mat>${mattext(html)}</flow_mat></itemfeedback>`;
const show = (ident: string) => `<displayfeedback feedbacktype="Response" linkrefid="${esc(ident)}"/>`;
const varequal = (value: string, caseSensitive = false) =>
  `<varequal respident="${RESPONSE}"${caseSensitive ? ' case="Yes"' : ''}>${esc(value)}</varequal>`;
/** Shows feedback when the condition holds, and goes on to the next condition. */
const feedbackWhen = (condition: string, ident: string) =>
  `<respcondition continue="Yes"><conditionvar>${condition}</conditionvar>${show(ident)}</respcondition>`;
/** Sets the score to 100 when the condition holds, and stops. */
const fullMarksWhen = (condition: string) =>
  `<respcondition continue="No"><conditionvar>${condition}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>`;

/** The stem with its code snippet, as the item's HTML. */
function stemHtml(q: SourceQuestion, abs: Absolute): string {
  const code = q.code ? `<pre><code class="language-${escapeHtml(q.code.lang)}">${escapeHtml(q.code.source)}</code></pre>` : '';
  return `<p>${absoluteLinks(q.stem, abs)}</p>${code}`;
}

/** Response label idents for options: the question id and the option's letter, stable while options keep their order. */
export const optionIdent = (q: SourceQuestion, i: number) => `${q.id}-${String.fromCharCode(97 + i)}`;

/**
 * The accepted answers of a short-answer question as exact strings: each as Converge normalises it
 * (NFKC, single spaces, no final full stop or exclamation mark), and with the full stop and
 * exclamation mark a learner may type, compared without case.
 */
export function fibAnswers(accepted: string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of accepted) {
    const core = trimAnswer(a);
    for (const v of [core, `${core}.`, `${core}!`]) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  }
  return [...seen.values()];
}

/** One QTI item for a question that ccProfile() accepts. */
export function qtiItem(q: SourceQuestion, position: number, abs: Absolute): string {
  const profile = ccProfile(q);
  if (!profile) throw new Error(`Question ${q.id} (${q.type}) has no faithful Common Cartridge item`);
  const metadata =
    `<itemmetadata><qtimetadata>${field('cc_profile', profile)}${field('cc_weighting', '1')}` +
    `${field('qmd_computerscored', 'Yes')}</qtimetadata></itemmetadata>`;
  const stem = mattext(stemHtml(q, abs));
  const general = feedbackWhen('<other/>', 'general_fb');
  const explanation = feedback('general_fb', absoluteLinks(q.explanation, abs));
  let presentation: string;
  const conditions: string[] = [general];
  const feedbacks: string[] = [explanation];

  const choices = (cardinality: 'Single' | 'Multiple', shuffle: boolean) => {
    const options = q.options!;
    const labels = options
      .map((o, i) => `<response_label ident="${esc(optionIdent(q, i))}">${mattext(absoluteLinks(o.html, abs))}</response_label>`)
      .join('');
    options.forEach((o, i) => {
      if (!o.feedback) return;
      const ident = `${optionIdent(q, i)}_fb`;
      conditions.push(feedbackWhen(varequal(optionIdent(q, i)), ident));
      // Converge shows a right option's feedback also when the learner misses it.
      if (cardinality === 'Multiple' && o.correct)
        conditions.push(feedbackWhen(`<and><not>${varequal(optionIdent(q, i))}</not></and>`, ident));
      feedbacks.push(feedback(ident, absoluteLinks(o.feedback, abs)));
    });
    return (
      `<response_lid ident="${RESPONSE}" rcardinality="${cardinality}">` +
      `<render_choice shuffle="${shuffle ? 'Yes' : 'No'}">${labels}</render_choice></response_lid>`
    );
  };

  switch (q.type) {
    case 'single':
    case 'code': {
      presentation = choices('Single', true);
      const right = q.options!.findIndex((o) => o.correct);
      conditions.push(fullMarksWhen(varequal(optionIdent(q, right))));
      break;
    }
    case 'multiple': {
      presentation = choices('Multiple', true);
      // Fully right: every right option ticked and no other.
      const tests = q.options!.map((o, i) => (o.correct ? varequal(optionIdent(q, i)) : `<not>${varequal(optionIdent(q, i))}</not>`));
      conditions.push(fullMarksWhen(`<and>${tests.join('')}</and>`));
      break;
    }
    case 'truefalse': {
      const labels = [
        ['true', 'True'],
        ['false', 'False'],
      ]
        .map(([ident, text]) => `<response_label ident="${ident}">${mattext(text!)}</response_label>`)
        .join('');
      presentation = `<response_lid ident="${RESPONSE}" rcardinality="Single"><render_choice shuffle="No">${labels}</render_choice></response_lid>`;
      conditions.push(fullMarksWhen(varequal(q.answer ? 'true' : 'false')));
      break;
    }
    case 'short': {
      presentation = `<response_str ident="${RESPONSE}" rcardinality="Single"><render_fib fibtype="String" prompt="Box"><response_label ident="answer1"/></render_fib></response_str>`;
      for (const answer of fibAnswers(q.accepted!)) conditions.push(fullMarksWhen(varequal(answer)));
      break;
    }
    case 'numeric':
    case 'ordering':
    case 'matching':
    case 'exercise':
      throw new Error(`Question ${q.id} (${q.type}) has no faithful Common Cartridge item`);
    default:
      return assertNever(q.type);
  }

  return (
    `<item${attrs({ ident: `Q-${q.id}`, title: `Question ${position}` })}>${metadata}` +
    `<presentation>${stem}${presentation}</presentation>` +
    `<resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>${conditions.join('')}</resprocessing>` +
    `${feedbacks.join('')}</item>`
  );
}

export interface QuizSplit {
  /** Questions that become CC items, in quiz order. */
  exported: SourceQuestion[];
  /** Questions that stay on the site. */
  onSite: SourceQuestion[];
}

export const splitQuiz = (quiz: SourceQuiz): QuizSplit => ({
  exported: quiz.questions.filter((q) => ccProfile(q)),
  onSite: quiz.questions.filter((q) => !ccProfile(q)),
});

/** What the assessment tells students before they start: the pass mark, and the questions left on the site. */
function instructions(quiz: SourceQuiz, split: QuizSplit, abs: Absolute): string {
  const total = quiz.questions.length;
  const parts = [`<p>${escapeHtml(`Converge's pass mark for this quiz is ${quiz.passMark} %.`)}</p>`];
  if (split.onSite.length) {
    const kinds = [...new Set(split.onSite.map((q) => q.type))].join(', ');
    parts.push(
      `<p>${escapeHtml(`This copy has ${split.exported.length} of the quiz's ${total} questions. The other ${split.onSite.length} (${kinds}) are graded only on Converge: `)}` +
        `<a href="${escapeHtml(abs(quiz.path))}">answer them there</a>.</p>`,
    );
  }
  return parts.join('');
}

/** A module quiz as a QTI 1.2 assessment (CC 1.1 profile); null when none of its questions can be exported. */
export function assessmentXml(ident: string, quiz: SourceQuiz, abs: Absolute): string | null {
  const split = splitQuiz(quiz);
  if (!split.exported.length) return null;
  const meta =
    `<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}` +
    `${field('qmd_scoretype', 'Percentage')}${field('qmd_feedbackpermitted', 'Yes')}${field('qmd_solutionspermitted', 'Yes')}` +
    `${field('cc_maxattempts', 'unlimited')}</qtimetadata>`;
  const rubric = `<rubric>${mattext(instructions(quiz, split, abs))}</rubric>`;
  const items = split.exported.map((q, i) => qtiItem(q, i + 1, abs)).join('\n');
  return (
    `${XML_DECLARATION}<questestinterop xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}">\n` +
    `<assessment${attrs({ ident, title: oneLine(quiz.title) })}>${meta}${rubric}\n<section ident="${esc(ident)}-section">\n${items}\n</section></assessment></questestinterop>\n`
  );
}
