// Writes the sample dataset: public/data/harbour-coffee.sqlite (and .sqlite.gz, for the browser runner) and
// one CSV per table in public/data/csv/.
// Runs before every build (npm run build); the outputs are generated, not committed.
// Usage: node scripts/dataset/generate.ts [seed]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATABASE_FILE, TABLES } from '../../src/lib/dataset-schema.ts';
import { buildDatabase, DEFAULT_SEED, generateDataset, toCsv } from './dataset.ts';

const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js') as (options?: object) => Promise<Parameters<typeof buildDatabase>[0]>;

const seed = process.argv[2] ?? DEFAULT_SEED;
const out = join('public', 'data');
mkdirSync(join(out, 'csv'), { recursive: true });
const rows = generateDataset(seed);
const SQL = await initSqlJs();
const bytes = buildDatabase(SQL, rows);
writeFileSync(join(out, DATABASE_FILE), bytes);
// The copy the browser runner fetches: gzipped here (not every static host compresses .sqlite files),
// unzipped in the worker with DecompressionStream.
writeFileSync(join(out, `${DATABASE_FILE}.gz`), gzipSync(bytes, { level: 9 }));
for (const t of TABLES) writeFileSync(join(out, 'csv', `${t.name}.csv`), toCsv(t.name, rows));
console.log(`dataset: ${TABLES.map((t) => `${t.name} ${rows[t.name]!.length}`).join(', ')} rows → ${out}/`);
