// The real content meets the blueprint, for every module written so far: four lessons a module,
// 800–1,500 words of prose each, a worked example, one or two quick checks and a summary; code fences
// in languages Shiki knows; a module quiz of at least 8 questions in at least 4 types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { QuizFileSchema } from '../../src/schemas/quiz.ts';
import { fenceLanguages } from '../../src/lib/graph/curriculum.ts';
import { proseWordCount } from '../../src/lib/words.ts';
import { YEAR_1_MODULES } from './fixtures.ts';
import { CODE_LANGUAGES } from '../../src/lib/graph/build-inputs.ts';

const YEAR_1 = YEAR_1_MODULES;
const MODULES = readdirSync('content/modules')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const modulesOfTrack = (track: string) =>
  MODULES.filter((m) => (parse(readFileSync(join('content/modules', `${m}.yaml`), 'utf8')) as { track: string }).track === track);
const known = CODE_LANGUAGES;

const lessonFiles = (module: string) =>
  readdirSync(join('content/lessons', module))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('content/lessons', module, f));

test('Year 1 has six modules of four lessons each: 24 lessons', () => {
  const counts = YEAR_1.map((m) => lessonFiles(m).length);
  assert.deepEqual(counts, [4, 4, 4, 4, 4, 4]);
});

for (const track of readdirSync('content/tracks').map((f) => f.replace(/\.yaml$/, ''))) {
  test(`${track} has six modules of four lessons each, and a capstone`, () => {
    const modules = modulesOfTrack(track);
    assert.equal(modules.length, 6, `${track}: ${modules.join(', ')}`);
    assert.deepEqual(
      modules.map((m) => lessonFiles(m).length),
      [4, 4, 4, 4, 4, 4],
    );
    assert.ok(readdirSync('content/capstones').includes(`${track}.mdx`));
  });
}

for (const elective of readdirSync('content/electives').map((f) => f.replace(/\.yaml$/, ''))) {
  test(`elective ${elective} has a marketing and a systems module of four lessons each, and a pair project`, () => {
    const modules = MODULES.map((m) => ({
      id: m,
      data: parse(readFileSync(join('content/modules', `${m}.yaml`), 'utf8')) as Record<string, string>,
    })).filter((m) => m.data.elective === elective);
    assert.deepEqual(
      modules.map((m) => m.data.kind).sort(),
      ['marketing', 'systems'],
      `${elective}: ${modules.map((m) => m.id).join(', ')}`,
    );
    assert.deepEqual(
      modules.map((m) => lessonFiles(m.id).length),
      [4, 4],
    );
    assert.equal(modules[0]!.data.partner, modules[1]!.id);
    assert.ok(readdirSync('content/projects').includes(`${elective}.mdx`));
  });
}

for (const module of MODULES) {
  for (const file of lessonFiles(module)) {
    test(`${file} holds what a lesson must`, () => {
      const source = readFileSync(file, 'utf8');
      const words = proseWordCount(source);
      assert.ok(words >= 800 && words <= 1500, `${file}: ${words} words of prose; a lesson has 800–1,500`);
      assert.equal(source.match(/^## Worked example\s*$/gm)?.length, 1, `${file}: needs exactly one "## Worked example" section`);
      const checks = source.match(/<QuickCheck\b/g)?.length ?? 0;
      assert.ok(checks >= 1 && checks <= 2, `${file}: has ${checks} quick checks; a lesson has 1–2`);
      assert.match(source, /^## Summary\s*$/m, `${file}: needs a "## Summary" section`);
      assert.doesNotMatch(source.replace(/^---\n[\s\S]*?\n---\n/, ''), /^# /m, `${file}: the page prints the title; the body has no H1`);
      for (const lang of fenceLanguages(source))
        assert.ok(known.has(lang), `${file}: code block language "${lang}" is not one Shiki knows`);
    });
  }
}

for (const module of MODULES) {
  test(`${module} has a module quiz of at least 8 questions in at least 4 types`, () => {
    const quiz = QuizFileSchema.parse(parse(readFileSync(join('content/quizzes', `${module}.yaml`), 'utf8')));
    assert.ok(quiz.questions.length >= 8, `${module}: ${quiz.questions.length} questions`);
    const types = new Set(quiz.questions.map((q) => q.type));
    assert.ok(types.size >= 4, `${module}: ${types.size} question types`);
    for (const q of [...quiz.questions, ...quiz.checks])
      assert.ok(q.explanation.trim().length > 20, `${module}: question "${q.id}" needs a real explanation`);
  });
}
