import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LIMITS,
  addDays,
  assignmentId,
  assignmentProblems,
  decodeAssignment,
  dueText,
  encodeAssignment,
  isIsoDate,
  localToday,
  type Assignment,
} from '../../src/lib/assignment/assignment.ts';
import { YEAR_1_MODULES } from './fixtures.ts';

const DAMAGED = /damaged/;
const year1Modules = [
  ...YEAR_1_MODULES,
  'security-privacy-engineering',
  'architecture-vendor-evaluation',
  'web-and-mobile-experiences',
  'content-management-systems',
];

const sample = (): Assignment => ({
  title: 'Week 3: how the web works',
  instructions: 'Read both modules side by side.\n\nBring one question to class.',
  start: '2027-01-18',
  due: '2027-02-01',
  passMark: 80,
  hoursPerWeek: 6,
  items: [
    { kind: 'module', id: 'marketing-communications' },
    { kind: 'lesson', id: 'how-systems-talk/urls-and-json' },
    { kind: 'quiz', id: 'how-systems-talk' },
    { kind: 'capstone', id: 'year-1' },
  ],
});

/** A token with a payload of our choosing and a correct check: what a careful tamperer could make. */
function forge(payload: unknown, version = '1'): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  // Recompute the check the way the codec does (FNV-1a 32, base 36).
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193) >>> 0;
  return `${version}.${body}.${h.toString(36)}`;
}

test('an assignment survives the round trip, every field intact', () => {
  const a = sample();
  const token = encodeAssignment(a);
  assert.match(token, /^1\.[\w-]+\.[0-9a-z]+$/);
  assert.deepEqual(decodeAssignment(token), { ok: true, assignment: a });
  const minimal: Assignment = { title: 'Read one lesson', items: [{ kind: 'lesson', id: 'how-systems-talk/urls-and-json' }] };
  assert.deepEqual(decodeAssignment(encodeAssignment(minimal)), { ok: true, assignment: minimal });
});

test('text with markup, quotes, emoji and other scripts is carried as plain text, unchanged', () => {
  const a = { ...sample(), title: '<script>alert(1)</script> “Café” 🚀 مرحبا', instructions: '<img src=x onerror=alert(1)>\n& &amp; </p>' };
  const result = decodeAssignment(encodeAssignment(a));
  assert.ok(result.ok);
  assert.equal(result.assignment.title, a.title);
  assert.equal(result.assignment.instructions, a.instructions);
});

test('the token fits the learner store and a URL fragment without escaping', () => {
  const token = encodeAssignment({ ...sample(), title: 'Ünïcödé & <tags> / ? # %' });
  assert.match(token, /^[\w.~-]*$/);
  assert.equal(encodeURIComponent(token), token);
});

test('a 10-module assignment with a full title and instructions stays well under 2,000 characters of URL', () => {
  const a: Assignment = {
    title: 'Marketing technology foundations: weeks 1 to 10 of the spring term',
    instructions:
      'Work through each module in order, marketing and systems side by side. Take every module quiz and reach the pass mark before the due date. Bring your notes on the bridges between partner modules to the Thursday seminar; we will compare what each side sees in the same problem.',
    start: '2027-01-18',
    due: '2027-03-29',
    passMark: 75,
    hoursPerWeek: 8,
    items: year1Modules.map((id) => ({ kind: 'module', id })),
  };
  const url = `https://courses.example.edu/converge/assignment/#${encodeAssignment(a)}`;
  assert.ok(url.length < 1400, `URL is ${url.length} characters`);
});

test('the version is in the token: a newer one is refused with its own message, an unknown one as damage', () => {
  const body = encodeAssignment(sample()).split('.')[1]!;
  const newer = decodeAssignment(forge({ t: 'x', i: ['m:a'] }, '2'));
  assert.equal(newer.ok, false);
  assert.match(!newer.ok ? newer.error : '', /newer version of Converge/);
  assert.match(String((decodeAssignment(`0.${body}.abc`) as { error: string }).error), DAMAGED);
  assert.match(String((decodeAssignment(forge({ t: 'x', i: ['m:a'] }, '0')) as { error: string }).error), DAMAGED);
});

test('a link cut short, or with one character changed, is reported as damaged', () => {
  const token = encodeAssignment(sample());
  for (const bad of [
    token.slice(0, -3),
    token.slice(0, token.length / 2),
    token.replace(/\.(.)/, (_, c) => `.${c === 'A' ? 'B' : 'A'}`),
    `${token}x`,
  ]) {
    const r = decodeAssignment(bad);
    assert.equal(r.ok, false, bad);
    assert.match((r as { error: string }).error, DAMAGED);
  }
  const empty = decodeAssignment('');
  assert.match((empty as { error: string }).error, /no assignment/);
});

test('assignmentId is short, deterministic, distinct per token, and a store key', () => {
  const t1 = encodeAssignment(sample());
  const t2 = encodeAssignment({ ...sample(), due: '2027-02-02' });
  assert.equal(assignmentId(t1), assignmentId(t1));
  assert.notEqual(assignmentId(t1), assignmentId(t2));
  assert.match(assignmentId(t1), /^[\w-]{1,40}$/);
  assert.match(assignmentId(''), /^[\w-]{1,40}$/);
});

test('validation names what is wrong, in words an instructor understands', () => {
  const p = (change: Partial<Assignment>) => assignmentProblems({ ...sample(), ...change });
  assert.deepEqual(p({}), []);
  assert.deepEqual(p({ title: '  ' }), ['Give the assignment a title.']);
  assert.deepEqual(p({ title: 'x'.repeat(121) }), ['The title is longer than 120 characters.']);
  assert.deepEqual(p({ title: 'two\nlines' }), ['The title contains characters that cannot be shown.']);
  assert.deepEqual(p({ instructions: 'x'.repeat(1501) }), ['The instructions are longer than 1500 characters.']);
  assert.deepEqual(p({ due: '2027-01-10' }), ['The due date is before the start date.']);
  assert.deepEqual(p({ start: '2027-02-30' }), ['The start date is not a date.']);
  assert.deepEqual(p({ passMark: 0 }), ['The required pass mark must be a whole number from 1 to 100.']);
  assert.deepEqual(p({ passMark: 70.5 }), ['The required pass mark must be a whole number from 1 to 100.']);
  assert.deepEqual(p({ hoursPerWeek: 61 }), ['Hours per week must be a whole number from 1 to 60.']);
  assert.deepEqual(p({ items: [] }), ['Choose at least one module, lesson, quiz or capstone.']);
  assert.deepEqual(
    p({
      items: [
        { kind: 'module', id: 'a' },
        { kind: 'module', id: 'a' },
      ],
    }),
    ['An item is listed twice.'],
  );
  assert.deepEqual(p({ items: [{ kind: 'lesson', id: 'no-slash' }] }), ['An item is not a module, lesson, quiz or capstone id.']);
  assert.throws(() => encodeAssignment({ ...sample(), title: '' }), /Give the assignment a title/);
});

test('dates: real calendar days only; due text counts whole days', () => {
  for (const good of ['2027-01-18', '2028-02-29', '2026-12-31']) assert.ok(isIsoDate(good), good);
  for (const bad of ['2027-02-29', '2027-13-01', '2027-1-5', '27-01-01', '2027-01-18T00:00', '1999-12-31', 20270118, null, '<b>2027</b>'])
    assert.equal(isIsoDate(bad), false, String(bad));
  assert.equal(dueText('2026-11-26', '2026-11-23'), 'due in 3 days');
  assert.equal(dueText('2026-11-24', '2026-11-23'), 'due tomorrow');
  assert.equal(dueText('2026-11-23', '2026-11-23'), 'due today');
  assert.equal(dueText('2026-11-22', '2026-11-23'), 'overdue by 1 day');
  assert.equal(dueText('2026-11-13', '2026-11-23'), 'overdue by 10 days');
  assert.equal(dueText('2027-04-01', '2027-03-25'), 'due in 7 days', 'across a daylight-saving change');
  assert.equal(addDays('2027-02-25', 7), '2027-03-04');
  assert.equal(localToday(new Date(2026, 10, 3, 23, 30)), '2026-11-03');
});

// ---- fuzz: hostile links must be refused or carried as inert text, never throw ----
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '</script><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  '\u202eevil',
  '\u0000',
];

test('fuzz: script and markup in a text field round-trip as text; in an id, date or number field the link is refused', () => {
  for (const payload of PAYLOADS) {
    const control = /[\u0000\u202e]/.test(payload);
    for (const field of ['title', 'instructions'] as const) {
      const a = { ...sample(), [field]: payload };
      if (control) {
        assert.throws(() => encodeAssignment(a), /cannot be shown/, `${field}: ${JSON.stringify(payload)}`);
        assert.equal(decodeAssignment(forge({ t: field === 'title' ? payload : 'x', n: payload, i: ['m:a'] })).ok, false);
        continue;
      }
      const r = decodeAssignment(encodeAssignment(a));
      assert.ok(r.ok, `${field}: ${payload}`);
      assert.equal(r.assignment[field], payload);
      assert.equal(typeof r.assignment[field], 'string');
    }
    for (const forged of [
      { t: 'x', i: [`m:${payload}`] },
      { t: 'x', i: [`l:${payload}`] },
      { t: 'x', i: [payload] },
      { t: 'x', s: payload, i: ['m:a'] },
      { t: 'x', d: payload, i: ['m:a'] },
      { t: 'x', p: payload, i: ['m:a'] },
      { t: 'x', h: payload, i: ['m:a'] },
      { t: 'x', i: ['m:a'], [payload]: 1 },
    ]) {
      const r = decodeAssignment(forge(forged));
      assert.equal(r.ok, false, JSON.stringify(forged));
      assert.match((r as { error: string }).error, DAMAGED);
    }
  }
});

test('fuzz: wrong types, prototype keys, huge lists and huge tokens are refused without throwing', () => {
  const cases: unknown[] = [
    null,
    [],
    'text',
    42,
    { t: 1, i: ['m:a'] },
    { t: 'x', i: 'm:a' },
    { t: 'x', i: [1] },
    { t: 'x', i: [] },
    { t: 'x', i: ['x:a'] },
    { t: 'x', i: ['ma'] },
    { t: 'x', n: ['a'], i: ['m:a'] },
    { t: 'x', p: 101, i: ['m:a'] },
    { t: 'x', p: '70', i: ['m:a'] },
    { t: 'x', s: '2027-02-01', d: '2027-01-01', i: ['m:a'] },
    { t: 'x', d: '2027-02-31', i: ['m:a'] },
    { t: 'x', i: Array.from({ length: LIMITS.items + 1 }, (_, k) => `m:m${k}`) },
    { t: 'x', i: ['m:a', 'm:a'] },
    { t: 'x'.repeat(5000), i: ['m:a'] },
    JSON.parse('{"t":"x","i":["m:a"],"__proto__":{"polluted":true}}'),
    JSON.parse('{"t":"x","i":["m:a"],"constructor":{"prototype":{"polluted":true}}}'),
  ];
  for (const c of cases) {
    const r = decodeAssignment(forge(c));
    assert.equal(r.ok, false, JSON.stringify(c).slice(0, 80));
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  const raw = [
    'x'.repeat(9000),
    `1.${'A'.repeat(7990)}.0`,
    '1..0',
    '1.!!!.0',
    '1.@@.abc',
    '1.AAAA',
    '.....',
    '1.%3Cscript%3E.0',
    '1.<script>.0',
    `1.${Buffer.from('\xff\xfe not utf8', 'latin1').toString('base64url')}.0`,
    '99999.AAAA.0',
  ];
  for (const token of raw) assert.equal(decodeAssignment(token).ok, false, token.slice(0, 40));
  for (const notString of [undefined, null, 7, {}, ['1.a.b']]) assert.equal(decodeAssignment(notString).ok, false);
  // Bytes that are not UTF-8, with a correct check: still refused.
  const badUtf8 = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url');
  let h = 0x811c9dc5;
  for (let i = 0; i < badUtf8.length; i++) h = Math.imul(h ^ badUtf8.charCodeAt(i), 0x01000193) >>> 0;
  assert.equal(decodeAssignment(`1.${badUtf8}.${h.toString(36)}`).ok, false);
});

test('fuzz: random tokens and random mutations of a real token never throw, and decode only to valid assignments', () => {
  let seed = 42;
  const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~<>"\'%#';
  const token = encodeAssignment(sample());
  for (let i = 0; i < 2000; i++) {
    const chars = [...token];
    for (let k = 0, edits = 1 + rand(4); k < edits; k++) chars[rand(chars.length)] = alphabet[rand(alphabet.length)]!;
    const randomToken = Array.from({ length: rand(60) }, () => alphabet[rand(alphabet.length)]).join('');
    for (const t of [chars.join(''), randomToken]) {
      const r = decodeAssignment(t);
      if (r.ok) assert.deepEqual(assignmentProblems(r.assignment), []);
      else assert.equal(typeof r.error, 'string');
    }
  }
});
