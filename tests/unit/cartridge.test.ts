import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { encodeAssignment } from '../../src/lib/assignment/assignment.ts';
import { buildCartridge, buildQtiPackage, CartridgeError, siteBase, zipFiles } from '../../src/lib/cartridge/cartridge.ts';
import { cartridgeSource, type CartridgeSource, type SourceQuestion } from '../../src/lib/cartridge/model.ts';
import { CC_ITEM, ccProfile, fibAnswers, qtiItem } from '../../src/lib/cartridge/qti.ts';
import { esc } from '../../src/lib/cartridge/xml.ts';
import { scoreQuestion, type Answer } from '../../src/lib/quiz.ts';
import type { Question } from '../../src/schemas/quiz.ts';
import { readContent } from '../../scripts/lib/read-content.ts';
import { children, parseStrict, scoreItem, type QtiResponse } from './qti-score.ts';

const SITE = 'https://example.edu/converge/';
const abs = (path: string) => new URL(path.slice(1), SITE).href;
const HOSTILE = `Tom's <b>"bold"</b> & ]]> café 🚀\u0007 end`;
const HOSTILE_CLEAN = `Tom's <b>"bold"</b> & ]]> café 🚀 end`;

const q = (over: Partial<SourceQuestion> & Pick<SourceQuestion, 'id' | 'type'>): SourceQuestion => ({
  path: `/modules/m1/quiz/#question-${over.id}`,
  stem: 'Pick one.',
  plain: 'Pick one.',
  explanation: '<p>Because.</p>',
  ...over,
});

/** A one-track curriculum with one module of every kind of question, and hostile text everywhere. */
function fixtureSource(): CartridgeSource {
  return {
    version: 1,
    tracks: [
      {
        id: 'year-1',
        kind: 'core',
        label: 'Year 1',
        title: HOSTILE,
        path: '/tracks/year-1/',
        modules: ['m1'],
        capstone: { id: 'year-1', label: 'Capstone', title: 'Launch', path: '/tracks/year-1/capstone/' },
      },
    ],
    courses: [],
    modules: {
      m1: {
        id: 'm1',
        title: HOSTILE,
        kind: 'marketing',
        path: '/modules/m1/',
        summary: 'Summary',
        lessons: [{ slug: 'l1', title: HOSTILE, path: '/modules/m1/l1/' }],
        discussion: ['<p>Discuss &lt;this&gt; &amp; <a href="/modules/m1/l1/">that</a>.</p>'],
        quiz: {
          title: 'M1: module quiz',
          path: '/modules/m1/quiz/',
          passMark: 70,
          partialCredit: false,
          questions: [
            q({
              id: 's1',
              type: 'single',
              options: [
                { html: 'A', correct: false, feedback: 'No.' },
                { html: 'B', correct: true },
                { html: 'C', correct: false },
              ],
            }),
            q({ id: 't1', type: 'truefalse', answer: false }),
            q({ id: 'n1', type: 'numeric' }),
          ],
        },
      },
    },
  };
}

describe('QTI items against expected XML', () => {
  test('true/false', () => {
    assert.equal(
      qtiItem(q({ id: 't1', type: 'truefalse', answer: false }), 2, abs),
      '<item ident="Q-t1" title="Question 2"><itemmetadata><qtimetadata>' +
        '<qtimetadatafield><fieldlabel>cc_profile</fieldlabel><fieldentry>cc.true_false.v0p1</fieldentry></qtimetadatafield>' +
        '<qtimetadatafield><fieldlabel>cc_weighting</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>' +
        '<qtimetadatafield><fieldlabel>qmd_computerscored</fieldlabel><fieldentry>Yes</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>' +
        '<presentation><material><mattext texttype="text/html">&lt;p&gt;Pick one.&lt;/p&gt;</mattext></material>' +
        '<response_lid ident="response1" rcardinality="Single"><render_choice shuffle="No">' +
        '<response_label ident="true"><material><mattext texttype="text/html">True</mattext></material></response_label>' +
        '<response_label ident="false"><material><mattext texttype="text/html">False</mattext></material></response_label>' +
        '</render_choice></response_lid></presentation>' +
        '<resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>' +
        '<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>' +
        '<respcondition continue="No"><conditionvar><varequal respident="response1">false</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>' +
        '</resprocessing>' +
        '<itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/html">&lt;p&gt;Because.&lt;/p&gt;</mattext></material></flow_mat></itemfeedback></item>',
    );
  });

  test('single choice, with per-option feedback, code and an absolute link', () => {
    const xml = qtiItem(
      q({
        id: 's1',
        type: 'code',
        stem: 'See <a href="/modules/m1/l1/">the lesson</a>',
        code: { lang: 'ts', source: 'a < b && c' },
        options: [
          { html: 'A', correct: false, feedback: 'No.' },
          { html: 'B', correct: true },
          { html: 'C', correct: false },
        ],
      }),
      1,
      abs,
    );
    assert.ok(xml.includes('<fieldentry>cc.multiple_choice.v0p1</fieldentry>'));
    assert.ok(
      xml.includes(
        '<mattext texttype="text/html">&lt;p&gt;See &lt;a href=&quot;https://example.edu/converge/modules/m1/l1/&quot;&gt;the lesson&lt;/a&gt;&lt;/p&gt;' +
          '&lt;pre&gt;&lt;code class=&quot;language-ts&quot;&gt;a &amp;lt; b &amp;amp;&amp;amp; c&lt;/code&gt;&lt;/pre&gt;</mattext>',
      ),
    );
    assert.ok(
      xml.includes(
        '<response_lid ident="response1" rcardinality="Single"><render_choice shuffle="Yes">' +
          '<response_label ident="s1-a"><material><mattext texttype="text/html">A</mattext></material></response_label>' +
          '<response_label ident="s1-b"><material><mattext texttype="text/html">B</mattext></material></response_label>' +
          '<response_label ident="s1-c"><material><mattext texttype="text/html">C</mattext></material></response_label></render_choice></response_lid>',
      ),
    );
    assert.ok(
      xml.includes(
        '<respcondition continue="Yes"><conditionvar><varequal respident="response1">s1-a</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="s1-a_fb"/></respcondition>' +
          '<respcondition continue="No"><conditionvar><varequal respident="response1">s1-b</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>',
      ),
    );
    assert.ok(
      xml.includes(
        '<itemfeedback ident="s1-a_fb"><flow_mat><material><mattext texttype="text/html">No.</mattext></material></flow_mat></itemfeedback>',
      ),
    );
  });

  test('multiple response: full marks only for exactly the right set; a missed right option shows its feedback', () => {
    const xml = qtiItem(
      q({
        id: 'm',
        type: 'multiple',
        options: [
          { html: 'A', correct: true, feedback: 'Yes, A.' },
          { html: 'B', correct: false },
        ],
      }),
      1,
      abs,
    );
    assert.ok(xml.includes('<response_lid ident="response1" rcardinality="Multiple">'));
    assert.ok(
      xml.includes(
        '<respcondition continue="Yes"><conditionvar><and><not><varequal respident="response1">m-a</varequal></not></and></conditionvar><displayfeedback feedbacktype="Response" linkrefid="m-a_fb"/></respcondition>',
      ),
    );
    assert.ok(
      xml.includes(
        '<respcondition continue="No"><conditionvar><and><varequal respident="response1">m-a</varequal><not><varequal respident="response1">m-b</varequal></not></and></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>',
      ),
    );
  });

  test('fill in the blank: one exact, case-blind answer per accepted form', () => {
    const xml = qtiItem(q({ id: 'f', type: 'short', accepted: ['  Query   string. ', 'QS'] }), 1, abs);
    assert.ok(
      xml.includes(
        '<response_str ident="response1" rcardinality="Single"><render_fib fibtype="String" prompt="Box"><response_label ident="answer1"/></render_fib></response_str>',
      ),
    );
    assert.deepEqual(fibAnswers(['  Query   string. ', 'QS', 'qs']), [
      'Query string',
      'Query string.',
      'Query string!',
      'QS',
      'QS.',
      'QS!',
    ]);
    assert.ok(xml.includes('<varequal respident="response1">Query string!</varequal>'));
  });

  test('the type mapping: every type placed; ordering, matching, numeric and exercises stay on the site', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(CC_ITEM).map(([type, e]) => [type, e.profile])), {
      single: 'cc.multiple_choice.v0p1',
      code: 'cc.multiple_choice.v0p1',
      multiple: 'cc.multiple_response.v0p1',
      truefalse: 'cc.true_false.v0p1',
      short: 'cc.fib.v0p1',
      numeric: null,
      ordering: null,
      matching: null,
      exercise: null,
    });
    // CC multiple choice needs three choices; a two-option single stays on the site.
    assert.equal(
      ccProfile(
        q({
          id: 'x',
          type: 'single',
          options: [
            { html: 'a', correct: true },
            { html: 'b', correct: false },
          ],
        }),
      ),
      null,
    );
    assert.throws(() => qtiItem(q({ id: 'o', type: 'ordering' }), 1, abs), /no faithful Common Cartridge item/);
  });
});

describe('the package', () => {
  const cartridge = buildCartridge(fixtureSource(), { kind: 'track', id: 'year-1' }, SITE);
  const manifest = cartridge.files.get('imsmanifest.xml')!;

  test('the manifest of a one-module track, against expected XML', () => {
    const organisation = manifest.slice(manifest.indexOf('<organizations>'), manifest.indexOf('</organizations>') + 16);
    const t = esc(HOSTILE_CLEAN);
    assert.equal(
      organisation,
      `<organizations><organization identifier="organization" structure="rooted-hierarchy"><item identifier="root">\n` +
        `    <item identifier="M-m1"><title>${t}</title>\n` +
        `      <item identifier="L-m1-l1.in.M-m1" identifierref="L-m1-l1"><title>Lesson 1: ${t}</title></item>\n` +
        `      <item identifier="Q-m1.in.M-m1" identifierref="Q-m1"><title>M1: module quiz</title></item>\n` +
        `      <item identifier="QW-m1.in.M-m1" identifierref="QW-m1"><title>M1: module quiz: the full quiz on Converge</title></item>\n` +
        `      <item identifier="D-m1-1.in.M-m1" identifierref="D-m1-1"><title>Discussion 1</title></item>\n` +
        `    </item>\n` +
        `    <item identifier="C-year-1.in.root" identifierref="C-year-1"><title>Capstone: Launch</title></item>\n` +
        `  </item></organization></organizations>`,
    );
    const resources = manifest.slice(manifest.indexOf('<resources>'), manifest.indexOf('</resources>') + 12);
    assert.equal(
      resources,
      '<resources>\n' +
        '    <resource identifier="L-m1-l1" type="imswl_xmlv1p1"><file href="weblinks/L-m1-l1.xml"/></resource>\n' +
        '    <resource identifier="Q-m1" type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment"><file href="assessments/Q-m1.xml"/></resource>\n' +
        '    <resource identifier="QW-m1" type="imswl_xmlv1p1"><file href="weblinks/QW-m1.xml"/></resource>\n' +
        '    <resource identifier="D-m1-1" type="imsdt_xmlv1p1"><file href="topics/D-m1-1.xml"/></resource>\n' +
        '    <resource identifier="C-year-1" type="imswl_xmlv1p1"><file href="weblinks/C-year-1.xml"/></resource>\n' +
        '  </resources>',
    );
    assert.ok(manifest.includes('<schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>'));
  });

  test('a web link and a discussion topic, against expected XML', () => {
    assert.ok(
      cartridge.files
        .get('weblinks/L-m1-l1.xml')!
        .endsWith(
          `<title>${esc(HOSTILE_CLEAN)}</title><url href="https://example.edu/converge/modules/m1/l1/" target="_blank"/></webLink>\n`,
        ),
    );
    assert.ok(
      cartridge.files
        .get('topics/D-m1-1.xml')!
        .endsWith(
          `<title>${esc(HOSTILE_CLEAN)}: discussion 1</title><text texttype="text/html">&lt;p&gt;Discuss &amp;lt;this&amp;gt; &amp;amp; &lt;a href=&quot;https://example.edu/converge/modules/m1/l1/&quot;&gt;that&lt;/a&gt;.&lt;/p&gt;</text></topic>\n`,
        ),
    );
  });

  test('hostile text round-trips through a real XML parser', () => {
    for (const [path, xml] of cartridge.files) {
      if (!path.endsWith('.xml')) continue;
      const doc = parseStrict(xml);
      assert.ok(doc.documentElement, path);
    }
    const link = parseStrict(cartridge.files.get('weblinks/L-m1-l1.xml')!);
    assert.equal(link.getElementsByTagName('title')[0]!.textContent, HOSTILE_CLEAN);
    const title = parseStrict(manifest).getElementsByTagName('lomimscc:string')[0]!.textContent;
    assert.equal(title, `Converge Year 1: ${HOSTILE_CLEAN}`);
  });

  test('the assessment keeps the numeric question on the site and says so', () => {
    const doc = parseStrict(cartridge.files.get('assessments/Q-m1.xml')!);
    assert.equal(doc.getElementsByTagName('item').length, 2);
    assert.match(
      doc.getElementsByTagName('rubric')[0]!.textContent!,
      /This copy has 2 of the quiz's 3 questions\. The other 1 \(numeric\)/,
    );
  });

  test('a local site URL is refused from the command line, allowed in the browser', () => {
    assert.throws(
      () => siteBase('http://localhost:4321/'),
      (e: Error) => e instanceof CartridgeError && /local address/.test(e.message),
    );
    assert.throws(() => siteBase('http://127.0.0.1/converge/'), /local address/);
    assert.throws(() => siteBase('example.edu'), /not an absolute URL/);
    assert.equal(siteBase('http://localhost:4321/converge', { allowLocal: true }).href, 'http://localhost:4321/converge/');
    assert.equal(siteBase('https://example.edu/converge?x=1#y').href, 'https://example.edu/converge/');
  });

  test('an assignment link: items in order, ids the site no longer has reported', () => {
    const token = encodeAssignment({
      title: 'Week 3',
      instructions: 'Read <this>.',
      items: [
        { kind: 'lesson', id: 'm1/l1' },
        { kind: 'quiz', id: 'm1' },
        { kind: 'module', id: 'gone' },
      ],
    });
    const c = buildCartridge(fixtureSource(), { kind: 'assignment', token }, SITE);
    assert.deepEqual(c.missing, ['gone']);
    assert.equal(c.fileName, 'converge-assignment-week-3.imscc');
    assert.ok(c.files.get('pages/N-assignment.html')!.includes('<p>Read &lt;this&gt;.</p>'));
    assert.deepEqual(
      [...c.files.keys()],
      ['imsmanifest.xml', 'pages/N-assignment.html', 'weblinks/L-m1-l1.xml', 'assessments/Q-m1.xml', 'weblinks/QW-m1.xml'],
    );
    assert.throws(() => buildCartridge(fixtureSource(), { kind: 'assignment', token: 'nonsense' }, SITE), CartridgeError);
  });

  test('a QTI package of one quiz: a manifest and the assessment', () => {
    const p = buildQtiPackage(fixtureSource(), 'm1', SITE);
    assert.deepEqual([...p.files.keys()], ['imsmanifest.xml', 'Q-m1.xml']);
    assert.ok(
      p.files
        .get('imsmanifest.xml')!
        .includes('<resource identifier="Q-m1" type="imsqti_xmlv1p2" href="Q-m1.xml"><file href="Q-m1.xml"/></resource>'),
    );
    assert.equal(p.fileName, 'converge-quiz-m1.zip');
  });
});

// The real curriculum: every track, elective and course file.
const { curriculum, courses } = readContent();
const source = cartridgeSource(curriculum, courses);
const choices = [
  ...source.tracks.map((t) => ({ kind: 'track' as const, id: t.id })),
  ...source.courses.map((c) => ({ kind: 'course' as const, id: c.id })),
];

describe('every cartridge of the real curriculum', () => {
  for (const choice of choices) {
    test(`${choice.kind} ${choice.id}: files and resources match, identifiers unique and stable`, () => {
      const c = buildCartridge(source, choice, SITE);
      const doc = parseStrict(c.files.get('imsmanifest.xml')!);
      const resources = Array.from(doc.getElementsByTagName('resource'));
      const named = new Set(resources.flatMap((r) => children(r, 'file').map((f) => f.getAttribute('href')!)));
      assert.deepEqual(
        [...named].sort(),
        [...c.files.keys()].filter((f) => f !== 'imsmanifest.xml').sort(),
        'every file named, every named file present',
      );
      const ids = [
        ...resources,
        ...Array.from(doc.getElementsByTagName('item')),
        ...Array.from(doc.getElementsByTagName('organization')),
      ].map((e) => e.getAttribute('identifier')!);
      assert.equal(new Set(ids).size, ids.length, 'identifiers unique');
      for (const id of ids) assert.match(id, /^[A-Za-z_][\w.-]*$/, `${id} is an XML ID`);
      for (const item of Array.from(doc.getElementsByTagName('item')))
        if (item.getAttribute('identifierref'))
          assert.ok(resources.some((r) => r.getAttribute('identifier') === item.getAttribute('identifierref')));
      // Stable: the same export is the same bytes, and another site changes links, never identifiers.
      assert.deepEqual(zipFiles(buildCartridge(source, choice, SITE).files), zipFiles(c.files));
      const elsewhere = parseStrict(buildCartridge(source, choice, 'https://other.example/').files.get('imsmanifest.xml')!);
      assert.deepEqual(
        Array.from(elsewhere.getElementsByTagName('item')).map((e) => e.getAttribute('identifier')),
        Array.from(doc.getElementsByTagName('item')).map((e) => e.getAttribute('identifier')),
      );
      // The zip holds exactly these files.
      assert.deepEqual(Object.keys(unzipSync(zipFiles(c.files))).sort(), [...c.files.keys()].sort());
    });
  }

  test('Year 1: 6 module folders, 24 lessons, 6 quizzes', () => {
    const c = buildCartridge(source, { kind: 'track', id: 'year-1' }, SITE);
    const doc = parseStrict(c.files.get('imsmanifest.xml')!);
    const resources = Array.from(doc.getElementsByTagName('resource'));
    assert.equal(Array.from(doc.getElementsByTagName('item')).filter((i) => /^M-/.test(i.getAttribute('identifier')!)).length, 6);
    assert.equal(resources.filter((r) => /^L-/.test(r.getAttribute('identifier')!)).length, 24);
    assert.equal(resources.filter((r) => r.getAttribute('type') === 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment').length, 6);
  });
});

/** Answers to try for a question, in Converge's shape and as the QTI response the LMS would receive. */
function answerSets(question: Question): [Answer, QtiResponse][] {
  const ident = (i: number) => `${question.id}-${String.fromCharCode(97 + i)}`;
  switch (question.type) {
    case 'single':
    case 'code':
      return question.options.map((_, i) => [{ type: question.type, choice: i }, [ident(i)]]);
    case 'multiple': {
      const n = question.options.length;
      const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
      const sets = [
        right,
        ...question.options.map((_, i) => [i]),
        Array.from({ length: n }, (_, i) => i),
        right.slice(1),
        [...right, right.length < n ? n - 1 : 0],
      ];
      return sets.filter((s) => s.length).map((s) => [{ type: 'multiple', choices: [...new Set(s)] }, [...new Set(s)].map(ident)]);
    }
    case 'truefalse':
      return [true, false].map((v) => [{ type: 'truefalse', value: v }, [String(v)]]);
    case 'short':
      return [...question.accepted.flatMap((a) => [a, a.toUpperCase(), `${a}.`, `  ${a} `]), 'certainly not the answer'].map((text) => [
        { type: 'short', text },
        text,
      ]);
    default:
      return [];
  }
}

describe('exported quizzes score in QTI as in Converge', () => {
  for (const quiz of curriculum.quizzes.values()) {
    test(quiz.id, () => {
      const xml = buildQtiPackage(source, quiz.module.id, SITE).files.get(`Q-${quiz.module.id}.xml`)!;
      const items = new Map(Array.from(parseStrict(xml).getElementsByTagName('item')).map((i) => [i.getAttribute('ident')!, i as Element]));
      let compared = 0;
      for (const placed of quiz.questions) {
        const item = items.get(`Q-${placed.question.id}`);
        assert.equal(
          Boolean(item),
          ccProfile(source.modules[quiz.module.id]!.quiz!.questions.find((s) => s.id === placed.question.id)!) !== null,
        );
        if (!item) continue;
        for (const [answer, response] of answerSets(placed.question)) {
          const converge = scoreQuestion(placed.question, answer).score;
          const qti: number = scoreItem(item, response).score / 100;
          // With partial credit a partly right multiple-response answer scores between 0 and 1 on Converge; the
          // CC profile has no partial scores, so the LMS gets 0 (documented). Everything else must agree.
          const partial = quiz.partialCredit && placed.question.type === 'multiple' && converge > 0 && converge < 1;
          if (partial) assert.equal(qti, 0);
          else assert.equal(qti, converge, `${placed.question.id}: ${JSON.stringify(answer)}`);
          compared++;
        }
      }
      assert.ok(compared > 0, 'at least one answer compared');
    });
  }
});

// The official CC 1.1 schemas may not be redistributed, so they are not in the repository. Point
// CONVERGE_CC_SCHEMAS at a folder holding them (Moodle's backup/cc/schemas11/, plus xml.xsd) to validate.
const schemas = process.env.CONVERGE_CC_SCHEMAS;
describe(
  'validity against the IMS CC 1.1 schemas',
  { skip: schemas && existsSync(schemas) ? false : 'set CONVERGE_CC_SCHEMAS to a folder with the CC 1.1 XSDs' },
  () => {
    test('every XML file of every cartridge and of a quiz package', async () => {
      const { validateXML } = await import('xmllint-wasm');
      const preload = readdirSync(schemas!)
        .filter((f) => f.endsWith('.xsd'))
        .map((f) => ({ fileName: f, contents: readFileSync(`${schemas}/${f}`, 'utf8') }));
      const schemaFor = (xml: string) =>
        xml.includes('<manifest')
          ? 'ccv1p1_imscp_v1p2_v1p0.xsd'
          : xml.includes('<webLink')
            ? 'ccv1p1_imswl_v1p1.xsd'
            : xml.includes('<topic')
              ? 'ccv1p1_imsdt_v1p1.xsd'
              : 'ccv1p1_qtiasiv1p2p1_v1p0.xsd';
      const validate = async (name: string, xml: string) => {
        const schema = schemaFor(xml);
        const result = await validateXML({
          xml: [{ fileName: 'doc.xml', contents: xml }],
          schema: preload.find((p) => p.fileName === schema)!,
          preload: preload.filter((p) => p.fileName !== schema),
        });
        return result.valid ? [] : result.errors.map((e) => `${name}: ${e.rawMessage}`);
      };
      // The validator must catch a broken file.
      assert.notDeepEqual(
        await validate(
          'broken',
          buildCartridge(fixtureSource(), { kind: 'track', id: 'year-1' }, SITE).files.get('imsmanifest.xml')!.replace('1.1.0', '1.2.0'),
        ),
        [],
      );
      const errors: string[] = [];
      for (const choice of [
        ...choices,
        {
          kind: 'assignment' as const,
          token: encodeAssignment({ title: 'A', instructions: HOSTILE_CLEAN, items: [{ kind: 'module', id: 'how-systems-talk' }] }),
        },
      ]) {
        const c = buildCartridge(source, choice, SITE);
        for (const [path, xml] of c.files) if (path.endsWith('.xml')) errors.push(...(await validate(`${choice.kind} ${path}`, xml)));
      }
      const fixture = buildCartridge(fixtureSource(), { kind: 'track', id: 'year-1' }, SITE);
      for (const [path, xml] of fixture.files) if (path.endsWith('.xml')) errors.push(...(await validate(`fixture ${path}`, xml)));
      assert.deepEqual(errors, []);
    });
  },
);

test('zip bytes name the manifest at the root', () => {
  const files = unzipSync(zipFiles(buildCartridge(fixtureSource(), { kind: 'track', id: 'year-1' }, SITE).files));
  assert.ok(
    strFromU8(files['imsmanifest.xml']!).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<manifest identifier="converge-year-1"'),
  );
});
