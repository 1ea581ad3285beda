import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText, renderBlock, renderInline } from '../../src/lib/markdown.ts';

test('inline Markdown: code, bold, italics, safe links; HTML is escaped', () => {
  assert.equal(renderInline('Use `<b>` and **bold** or *em*'), 'Use <code>&lt;b&gt;</code> and <strong>bold</strong> or <em>em</em>');
  assert.equal(renderInline('[lesson](/modules/x/y/#a)', '/converge/'), '<a href="/converge/modules/x/y/#a">lesson</a>');
  assert.equal(renderInline('[bad](javascript:alert(1))'), '[bad](javascript:alert(1))');
  assert.equal(renderInline('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(renderInline('snake_case_name stays'), 'snake_case_name stays');
  assert.equal(renderBlock('One\nline.\n\nTwo.'), '<p>One line.</p><p>Two.</p>');
  assert.equal(plainText('The `href` of **this** [link](/x/)'), 'The href of this link');
});
