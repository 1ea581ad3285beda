// Counts the prose words of lessons (frontmatter, code blocks, imports and JSX tags left out),
// so authors can check the 800–1,500 word range. Usage: node scripts/lesson-words.mjs [files…]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { proseWordCount } from '../src/lib/words.ts';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.mdx') ? [path] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : walk('content/lessons');
let bad = 0;
for (const file of files) {
  const words = proseWordCount(readFileSync(file, 'utf8'));
  const ok = words >= 800 && words <= 1500;
  if (!ok) bad++;
  console.log(`${ok ? 'ok ' : 'BAD'} ${String(words).padStart(5)}  ${file}`);
}
process.exitCode = bad ? 1 : 0;
