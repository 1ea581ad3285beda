// The real Year 1 content meets the blueprint: four lessons a module, 800–1,500 words of prose each,
// a worked example, one or two quick checks and a summary; code fences in languages Shiki knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLanguages } from 'shiki';
import { parse } from 'yaml';
import { QuizFileSchema } from '../../src/schemas/quiz.ts';
import { fenceLanguages } from '../../src/lib/curriculum.ts';
import { proseWordCount } from '../../src/lib/words.ts';

const YEAR_1 = ['marketing-communications', 'how-systems-talk', 'market-research', 'typescript-fundamentals', 'consumer-psychology', 'html-css-accessible-ux'];
const known = new Set(['text', 'plaintext', 'txt', ...Object.keys(bundledLanguages)]);

const lessonFiles = (module: string) => readdirSync(join('content/lessons', module)).filter((f) => f.endsWith('.mdx')).map((f) => join('content/lessons', module, f));

test('Year 1 has six modules of four lessons each: 24 lessons', () => {
  const counts = YEAR_1.map((m) => lessonFiles(m).length);
  assert.deepEqual(counts, [4, 4, 4, 4, 4, 4]);
});

for (const module of YEAR_1) {
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
      for (const lang of fenceLanguages(source)) assert.ok(known.has(lang), `${file}: code block language "${lang}" is not one Shiki knows`);
    });
  }
}

for (const module of YEAR_1) {
  test(`${module} has a module quiz of at least 8 questions in at least 4 types`, () => {
    const quiz = QuizFileSchema.parse(parse(readFileSync(join('content/quizzes', `${module}.yaml`), 'utf8')));
    assert.ok(quiz.questions.length >= 8, `${module}: ${quiz.questions.length} questions`);
    const types = new Set(quiz.questions.map((q) => q.type));
    assert.ok(types.size >= 4, `${module}: ${types.size} question types`);
    for (const q of [...quiz.questions, ...quiz.checks]) assert.ok(q.explanation.trim().length > 20, `${module}: question "${q.id}" needs a real explanation`);
  });
}
