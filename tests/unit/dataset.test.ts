import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildDatabase, DEFAULT_SEED, generateDataset, toCsv } from '../../scripts/dataset/dataset.ts';
import { MEDIA_TRUTH, TABLES, relations } from '../../src/lib/dataset-schema.ts';
import { loadSqlJs } from './samples-engine.ts';
import { runSql } from '../../src/lib/runner/sql-run.ts';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

test('the generator is deterministic: the same seed gives the same database bytes and CSVs', async () => {
  const SQL = await loadSqlJs();
  const a = generateDataset(DEFAULT_SEED, 1500);
  const b = generateDataset(DEFAULT_SEED, 1500);
  assert.equal(sha(buildDatabase(SQL, a)), sha(buildDatabase(SQL, b)));
  for (const t of TABLES) assert.equal(sha(toCsv(t.name, a)), sha(toCsv(t.name, b)), t.name);
  const other = generateDataset('another-seed', 1500);
  assert.notEqual(sha(buildDatabase(SQL, a)), sha(buildDatabase(SQL, other)));
});

test('every table has rows in the shape of its schema, and every link points to a table', () => {
  const rows = generateDataset(DEFAULT_SEED, 1500);
  for (const t of TABLES) {
    assert.ok(rows[t.name]!.length > 0, `${t.name} has rows`);
    for (const row of rows[t.name]!) assert.equal(row.length, t.columns.length, `${t.name} row width`);
  }
  const names = new Set(TABLES.map((t) => t.name));
  for (const r of relations()) assert.ok(names.has(r.to), `${r.from}.${r.column} → ${r.to}`);
});

test('the data has what the lessons need: social channels that leak differently, and dirt to clean', async () => {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(buildDatabase(SQL, generateDataset()));
  const q = (sql: string) => {
    const out = runSql(db, sql, null);
    assert.ok(out.ok, !out.ok ? out.error : '');
    return out.result!.rows;
  };
  const byChannel = q(`SELECT lower(trim(s.channel)) AS channel,
      1.0 * SUM(f.step = 'purchase') / SUM(f.step = 'signup') AS rate
    FROM funnel_events f JOIN sessions s USING (session_id) GROUP BY 1`);
  const rate = Object.fromEntries(byChannel.map(([c, r]) => [c, Number(r)]));
  assert.ok(rate.tiktok! < rate.facebook!, 'TikTok sign-ups buy less often than Facebook ones');
  assert.ok(rate.tiktok! < rate.email!, 'and less often than email ones');
  assert.ok(Number(q('SELECT COUNT(*) FROM sessions WHERE channel <> lower(trim(channel))')[0]![0]) > 50, 'messy channel casing');
  assert.ok(Number(q('SELECT COUNT(*) - COUNT(DISTINCT lower(email)) FROM customers')[0]![0]) > 5, 'duplicate customers by email case');
  assert.ok(Number(q('SELECT COUNT(*) FROM customers WHERE country IS NULL')[0]![0]) > 10, 'NULL countries');
  assert.ok(
    Number(q('SELECT COUNT(*) FROM customers WHERE date(signed_up_at) <> substr(signed_up_at, 1, 10)')[0]![0]) > 0,
    'impossible dates',
  );
  const months = q("SELECT strftime('%m', started_at) AS m, COUNT(*) FROM sessions WHERE started_at < '2026' GROUP BY m ORDER BY m");
  assert.ok(Number(months[11]![1]) > 1.5 * Number(months[6]![1]), 'December busier than July');
  const [labelled, agree, negatives, negativesCaught] = q(`SELECT COUNT(*), SUM(s.sentiment = l.human_sentiment),
      SUM(l.human_sentiment = 'negative'), SUM(l.human_sentiment = 'negative' AND s.sentiment = 'negative')
    FROM mention_labels l JOIN social_mentions s USING (mention_id)`)[0]!.map(Number) as [number, number, number, number];
  assert.equal(labelled, 440, 'every fifth mention is labelled by a person');
  assert.ok(agree / labelled > 0.7 && agree / labelled < 0.85, 'the tool agrees with people most of the time, not always');
  assert.ok(negativesCaught / negatives < agree / labelled, 'it misses negatives more often than it errs overall');

  // Identity: the mess that identity resolution has to handle.
  const one = (sql: string) => Number(q(sql)[0]![0]);
  assert.ok(
    one(
      `SELECT COUNT(*) FROM (SELECT anonymous_id FROM identity_events WHERE source = 'login' GROUP BY 1 HAVING COUNT(DISTINCT customer_id) > 1)`,
    ) >= 5,
    'shared devices',
  );
  assert.ok(
    one(
      `SELECT COUNT(*) FROM (SELECT customer_id FROM identity_events WHERE source = 'checkout' GROUP BY 1 HAVING COUNT(DISTINCT lower(trim(email))) > 1)`,
    ) >= 10,
    'changed emails',
  );
  assert.ok(
    one(`SELECT COUNT(*) FROM identity_events WHERE email <> lower(trim(email))`) >= 50,
    'emails typed in other casing or with spaces',
  );
  assert.ok(
    one(
      `SELECT COUNT(DISTINCT anonymous_id) FROM identity_events WHERE anonymous_id NOT IN (SELECT anonymous_id FROM identity_events WHERE customer_id IS NOT NULL)`,
    ) >= 100,
    'devices that never identify',
  );
  assert.ok(
    one(`SELECT COUNT(*) FROM identity_events WHERE customer_id IS NOT NULL AND customer_id NOT IN (SELECT customer_id FROM customers)`) ===
      0,
    'every customer exists',
  );

  // Media: 104 weeks, and the regional test's true lift shows in a difference of differences.
  assert.equal(one('SELECT COUNT(*) FROM media_weeks'), 104);
  const [did] =
    q(`SELECT (AVG(CASE WHEN in_test AND test_period THEN revenue END) / AVG(CASE WHEN in_test AND NOT test_period THEN revenue END))
      / (AVG(CASE WHEN NOT in_test AND test_period THEN revenue END) / AVG(CASE WHEN NOT in_test AND NOT test_period THEN revenue END)) - 1
    FROM geo_weeks`)[0]!.map(Number) as [number];
  assert.ok(Math.abs(did - MEDIA_TRUTH.geoLift) < 0.02, `geo lift ${did} near ${MEDIA_TRUTH.geoLift}`);
});
