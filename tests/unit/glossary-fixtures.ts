// Three glossary terms that cross the professions, to break one at a time in tests.
import type { RawEntry } from '../../src/lib/graph/curriculum.ts';

const term = (id: string, data: Record<string, unknown>): RawEntry => ({ id, filePath: `content/glossary/${id}.yaml`, data });

export function glossaryFixture(): RawEntry[] {
  return [
    term('funnel', {
      term: 'Funnel',
      kind: 'marketing',
      definition: 'The **steps** from first visit to purchase, with how many people reach each.',
      synonyms: ['conversion funnel'],
      seeAlso: ['event-pipeline'],
      years: [1],
      lessons: ['m1/one'],
    }),
    term('event-pipeline', {
      term: 'Event pipeline',
      kind: 'systems',
      definition: 'The code that records each `click` and sign-up as an event and delivers it to storage.',
      synonyms: ['event stream', 'tracking pipeline'],
      seeAlso: ['funnel', 'segment'],
      years: [1],
    }),
    term('segment', {
      term: 'Segment',
      kind: 'both',
      definition: 'A group of customers who share traits; in a database, the rows a query filter keeps.',
      seeAlso: ['funnel'],
      years: [1, 2],
      lessons: [],
    }),
  ];
}
