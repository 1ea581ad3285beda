import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBase } from '../../src/lib/paths.ts';
import { readStoredTheme, resolveTheme, storeTheme, THEME_KEY } from '../../src/lib/theme.ts';
import { safeExcerpt, toHit } from '../../src/lib/search.ts';

test('withBase prefixes site-absolute paths only, once', () => {
  assert.equal(withBase('/', '/modules/x/'), '/modules/x/');
  assert.equal(withBase('/converge/', '/modules/x/'), '/converge/modules/x/');
  assert.equal(withBase('/converge', '/converge/modules/x/'), '/converge/modules/x/');
  assert.equal(withBase('/converge/', 'https://example.org/'), 'https://example.org/');
  assert.equal(withBase('/converge/', '#section'), '#section');
  assert.equal(withBase('/converge/', '//cdn.example/x'), '//cdn.example/x');
});

test('a stored theme wins over the system preference; junk falls back to the system', () => {
  assert.equal(resolveTheme('dark', false), 'dark');
  assert.equal(resolveTheme('light', true), 'light');
  assert.equal(resolveTheme(null, true), 'dark');
  assert.equal(resolveTheme('purple', false), 'light');
});

test('theme storage survives storage that throws', () => {
  const throwing = {
    getItem(): string | null {
      throw new Error('SecurityError');
    },
    setItem(): void {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  assert.equal(readStoredTheme(throwing), null);
  assert.equal(storeTheme(throwing, 'dark'), false);
  const map = new Map<string, string>();
  const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  assert.equal(storeTheme(storage, 'dark'), true);
  assert.equal(map.get(THEME_KEY), 'dark');
  assert.equal(readStoredTheme(storage), 'dark');
});

test('search excerpts keep only <mark>', () => {
  assert.equal(safeExcerpt('a <mark>HTTP</mark> &lt;script&gt; <img src=x onerror=alert(1)>b'), 'a <mark>HTTP</mark> &lt;script&gt; b');
});

test('a search hit shows its breadcrumb, kind and section links', () => {
  const hit = toHit({
    url: '/modules/how-systems-talk/how-the-web-works/',
    excerpt: 'the <mark>request</mark> goes',
    meta: { title: 'How the web works', track: 'Year 1', module: 'How Systems Talk', kind: 'systems' },
    sub_results: [
      { title: 'How the web works', url: '/modules/how-systems-talk/how-the-web-works/', excerpt: '' },
      { title: 'Requests', url: '/modules/how-systems-talk/how-the-web-works/#requests', excerpt: '' },
    ],
  });
  assert.equal(hit.breadcrumb, 'Year 1 › How Systems Talk');
  assert.equal(hit.kind, 'Systems');
  assert.deepEqual(hit.sections, [{ title: 'Requests', url: '/modules/how-systems-talk/how-the-web-works/#requests' }]);
});
