import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseWordCount, readingMinutes } from '../../src/lib/words.ts';

test('counts prose words, leaving out frontmatter, code, imports and tags', () => {
  const source = [
    '---',
    'title: Not counted here',
    '---',
    'import X from "y";',
    '',
    'One two three.',
    '',
    '```ts',
    'const notCounted = 1;',
    '```',
    '',
    '<QuickCheck question="skipped">',
    'Four five',
    '</QuickCheck>',
    '',
    '## Six',
  ].join('\n');
  assert.equal(proseWordCount(source), 6);
});

test('reading time is at least a minute', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(1150), 5);
});
