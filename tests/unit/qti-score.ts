// A QTI 1.2 response-processing evaluator for the subset the Common Cartridge profile allows (varequal,
// and, not, other; setvar Set; continue), to score an exported item as an LMS following the spec would.
// Test helper: it reads the XML the writer produced, never the writer's own data.
import { DOMParser, type Element } from '@xmldom/xmldom';

/** Parses XML, failing on any warning or error (an LMS importer may be as strict). */
export function parseStrict(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export const children = (el: Element, name?: string) =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || (n as Element).localName === name));

/** A learner's response: the label idents chosen (response_lid) or the text typed (response_str). */
export type QtiResponse = string[] | string;

function test(el: Element, response: QtiResponse): boolean {
  switch (el.localName) {
    case 'other':
      return true;
    case 'and':
      return children(el).every((c) => test(c, response));
    case 'not':
      return !children(el).some((c) => test(c, response));
    case 'varequal': {
      const value = el.textContent ?? '';
      const caseSensitive = el.getAttribute('case') === 'Yes';
      const same = (a: string) => (caseSensitive ? a === value : a.toLowerCase() === value.toLowerCase());
      // LMSs trim typed answers before comparing.
      return Array.isArray(response) ? response.some(same) : same(response.trim());
    }
    default:
      throw new Error(`condition <${el.localName}> is outside the CC profile`);
  }
}

/** The item's SCORE (0–100) for a response, and the feedback idents shown. */
export function scoreItem(item: Element, response: QtiResponse): { score: number; feedback: string[] } {
  let score = 0;
  const feedback: string[] = [];
  for (const processing of children(item, 'resprocessing')) {
    for (const condition of children(processing, 'respcondition')) {
      const [conditionvar] = children(condition, 'conditionvar');
      if (!children(conditionvar!).every((c) => test(c, response))) continue;
      for (const setvar of children(condition, 'setvar')) score = Number(setvar.textContent);
      for (const shown of children(condition, 'displayfeedback')) feedback.push(shown.getAttribute('linkrefid')!);
      if (condition.getAttribute('continue') !== 'Yes') break;
    }
  }
  return { score, feedback };
}
