import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingAnchors } from '../../src/lib/graph/headings.ts';

test('heading anchors follow GitHub slug rules, skip code and number duplicates', () => {
  const body = [
    '## Status codes: the short answer',
    '',
    '```md',
    '## Not a heading',
    '```',
    '### `fetch` and **errors**',
    '## Summary',
    '## Summary',
    "## What's a 404?",
  ].join('\n');
  assert.deepEqual(
    [...headingAnchors(body).entries()],
    [
      ['status-codes-the-short-answer', 'Status codes: the short answer'],
      ['fetch-and-errors', 'fetch and errors'],
      ['summary', 'Summary'],
      ['summary-1', 'Summary'],
      ['whats-a-404', "What's a 404?"],
    ],
  );
});
