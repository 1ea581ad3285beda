// Exports a track, an elective pair, a course file or an assignment link as an IMS Common Cartridge 1.1
// (.imscc) for Canvas, Moodle, Blackboard and Brightspace, or one module quiz as a QTI 1.2 zip, with
// links to the site where an institution deploys it. The same writer as /teach/ (src/lib/cartridge/).
//
//   npm run cartridge -- --site https://example.edu/converge/ --track year-1 --out year-1.imscc
//   npm run cartridge -- --site … --elective ai-at-work | --course <id> | --assignment '<link or token>' | --quiz <module id>
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CurriculumError } from '../src/lib/graph/curriculum.ts';
import { buildCartridge, buildQtiPackage, CartridgeError, zipFiles, type CartridgeChoice } from '../src/lib/cartridge/cartridge.ts';
import { cartridgeSource } from '../src/lib/cartridge/model.ts';
import { readContent } from './lib/read-content.ts';

const USAGE = `Usage: npm run cartridge -- --site <URL the site is published at> (--track <id> | --elective <id> | --course <id> | --assignment <link> | --quiz <module id>) [--out <file>]
  e.g. npm run cartridge -- --site https://example.edu/converge/ --track year-1 --out year-1.imscc`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      site: { type: 'string' },
      track: { type: 'string' },
      elective: { type: 'string' },
      course: { type: 'string' },
      assignment: { type: 'string' },
      quiz: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.site) fail(`--site is required: the address students open the site at.\n${USAGE}`);
const picked = (['track', 'elective', 'course', 'assignment', 'quiz'] as const).filter((k) => values[k] !== undefined);
if (picked.length !== 1) fail(`Name exactly one of --track, --elective, --course, --assignment or --quiz.\n${USAGE}`);

try {
  const { curriculum, courses } = readContent();
  const source = cartridgeSource(curriculum, courses);
  const kind = picked[0]!;
  const value = values[kind]!;
  const started = performance.now();
  let cartridge;
  if (kind === 'quiz') cartridge = buildQtiPackage(source, value, values.site);
  else {
    const choice: CartridgeChoice =
      kind === 'assignment'
        ? { kind: 'assignment', token: value.includes('#') ? value.slice(value.indexOf('#') + 1) : value }
        : { kind: kind === 'course' ? 'course' : 'track', id: value };
    if (kind === 'elective' && !curriculum.electives.some((e) => e.id === value))
      fail(`No elective has the id "${value}". Electives: ${curriculum.electives.map((e) => e.id).join(', ')}`);
    if (kind === 'track' && !curriculum.tracks.some((t) => t.id === value))
      fail(`No track has the id "${value}". Tracks: ${curriculum.tracks.map((t) => t.id).join(', ')}`);
    cartridge = buildCartridge(source, choice, values.site);
  }
  const bytes = zipFiles(cartridge.files);
  const out = values.out ?? cartridge.fileName;
  writeFileSync(out, bytes);
  console.log(
    `${out}: "${cartridge.title}", ${cartridge.files.size} files, ${(bytes.length / 1024).toFixed(1)} KB, in ${Math.round(performance.now() - started)} ms`,
  );
  if (cartridge.missing.length) console.warn(`Not in the curriculum any more, left out: ${cartridge.missing.join(', ')}`);
} catch (error) {
  if (error instanceof CartridgeError || error instanceof CurriculumError) fail(error.message);
  throw error;
}
