import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText, renderBlock, renderInline } from '../../src/lib/markdown.ts';
import { QUIZ_KEY, QuizStore } from '../../src/lib/quiz-store.ts';

test('inline Markdown: code, bold, italics, safe links; HTML is escaped', () => {
  assert.equal(renderInline('Use `<b>` and **bold** or *em*'), 'Use <code>&lt;b&gt;</code> and <strong>bold</strong> or <em>em</em>');
  assert.equal(renderInline('[lesson](/modules/x/y/#a)', '/converge/'), '<a href="/converge/modules/x/y/#a">lesson</a>');
  assert.equal(renderInline('[bad](javascript:alert(1))'), '[bad](javascript:alert(1))');
  assert.equal(renderInline('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(renderInline('snake_case_name stays'), 'snake_case_name stays');
  assert.equal(renderBlock('One\nline.\n\nTwo.'), '<p>One line.</p><p>Two.</p>');
  assert.equal(plainText('The `href` of **this** [link](/x/)'), 'The href of this link');
});

function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

test('the quiz store keeps attempts, best score, last answers and misses', () => {
  const storage = memoryStorage();
  const store = new QuizStore(storage);
  assert.equal(store.get('q'), undefined);
  store.record('q', 50, { a: { type: 'truefalse', value: true } }, ['b'], new Date('2026-11-23T10:00:00Z'));
  const second = store.record('q', 40, {}, ['a', 'b']);
  assert.equal(second.attempts, 2);
  assert.equal(second.best, 50);
  assert.equal(second.last, 40);
  assert.deepEqual(second.missed, ['a', 'b']);
  // A second tab (a new store on the same storage) sees it.
  assert.equal(new QuizStore(storage).get('q')?.attempts, 2);
  assert.equal(JSON.parse(storage.map.get(QUIZ_KEY)!).version, 1);
});

test('the quiz store works in memory when storage is blocked, full or corrupt', () => {
  const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  const store = new QuizStore(full);
  assert.equal(store.record('q', 80, {}, []).best, 80);
  assert.equal(store.memoryOnly, true);
  assert.equal(store.get('q')?.best, 80);

  const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
  assert.doesNotThrow(() => new QuizStore(blocked).record('q', 10, {}, []));

  const corrupt = memoryStorage();
  corrupt.map.set(QUIZ_KEY, '{not json');
  const fromCorrupt = new QuizStore(corrupt);
  assert.equal(fromCorrupt.get('q'), undefined);
  assert.equal(fromCorrupt.record('q', 90, {}, []).attempts, 1);
  assert.equal(new QuizStore(undefined).record('q', 1, {}, []).attempts, 1);
});

test('draft answers are kept until the quiz is checked', () => {
  const storage = memoryStorage();
  const store = new QuizStore(storage);
  store.saveDraft('q', { a: { type: 'short', text: 'utm' } });
  assert.deepEqual(new QuizStore(storage).draft('q'), { a: { type: 'short', text: 'utm' } });
  store.record('q', 100, { a: { type: 'short', text: 'utm' } }, []);
  assert.equal(new QuizStore(storage).draft('q'), undefined);
  store.saveDraft('q', { a: { type: 'short', text: 'x' } });
  store.saveDraft('q', {});
  assert.equal(new QuizStore(storage).draft('q'), undefined);
});
